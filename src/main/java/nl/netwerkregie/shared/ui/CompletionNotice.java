package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The outcome of a completed task, shown on the page the user goes back to. It stays for 15 seconds (long enough
 * to read the count of votes and follow the link) and can be closed; screen readers announce it (status).
 */
final class CompletionNotice {

    private CompletionNotice() {
    }

    static void show(UI ui, Outcome outcome) {
        Span message = new Span(ui.getTranslation(outcome.messageKey(), outcome.arguments().toArray()));
        message.setId("completion-message");
        Div content = new Div(message);
        content.getElement().setAttribute("role", "status");
        Notification notification = new Notification();
        if (outcome.route() != null) {
            Anchor link = new Anchor(outcome.route(), ui.getTranslation(outcome.linkKey()));
            link.setId("completion-link");
            link.getStyle().set("margin-inline-start", "var(--lumo-space-s)").set("color", "inherit")
                    .set("text-decoration", "underline");
            content.add(link);
        }
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(ui.getTranslation("outcome.close"));
        close.getStyle().set("color", "inherit").set("margin-inline-start", "var(--lumo-space-s)");
        content.add(close);
        notification.add(content);
        notification.setDuration(15_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
