package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.netwerkregie.shared.task.TaskPage;

/**
 * On top of a group's task: nobody took it yet (take it, so colleagues see you are on it), or a colleague holds it
 * (who and since when; the form stays away until the user takes it over on purpose). Nothing for one's own task.
 */
class ClaimBanner extends Div {

    private final Runnable claim;
    private final Runnable takeOver;

    ClaimBanner(Runnable claim, Runnable takeOver) {
        this.claim = claim;
        this.takeOver = takeOver;
        setId("claim-banner");
        // Read out when it changes (a colleague turned out to have taken the task while this user typed).
        getElement().setAttribute("role", "status");
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        setWidthFull();
    }

    void show(TaskPage page) {
        removeAll();
        setVisible(page.unclaimed() || page.heldByOther());
        if (page.unclaimed()) {
            Button take = new Button(getTranslation("tasks.claim"), e -> claim.run());
            take.setId("claim-task");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            add(text(getTranslation("task.claimBanner")), take);
        } else if (page.heldByOther()) {
            String name = page.holder().name();
            Button over = new Button(getTranslation("task.takeOver"),
                    e -> new TakeOverConfirmation(name, takeOver).open());
            over.setId("take-over");
            over.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Paragraph holder = text(HolderText.of(page.holder(), this, getLocale()) + ".");
            holder.setId("task-holder");
            add(holder, text(getTranslation("task.heldBy.help", name)), over);
        }
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        return paragraph;
    }
}
