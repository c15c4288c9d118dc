package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.AssignmentVersion;

/** One version of an assignment in the fixed format, with the board's decision and remarks when there are any. */
class VersionSummary extends FormLayout {

    VersionSummary(AssignmentVersion version, boolean linkDecision) {
        Locale locale = UI.getCurrent().getLocale();
        setResponsiveSteps(new ResponsiveStep("0", 1));
        getStyle().set("--vaadin-form-item-label-width", "13em");
        addFormItem(text(version.getDoel()), getTranslation("werkgroep.assignment.doel"));
        addFormItem(text(version.getGewenstResultaat()), getTranslation("werkgroep.assignment.result"));
        addFormItem(new Span(Formats.date(version.getStartDate(), locale) + " – " + Formats.date(version.getEndDate(), locale)),
                getTranslation("werkgroep.assignment.timeline"));
        UnorderedList milestones = new UnorderedList();
        version.getMilestones().forEach(m -> milestones.add(new ListItem(Formats.date(m.dueDate(), locale) + ": " + m.description())));
        addFormItem(version.getMilestones().isEmpty() ? none() : milestones, getTranslation("werkgroep.assignment.milestones"));
        addFormItem(version.getTheme() == null ? none() : new Span(version.getTheme()), getTranslation("werkgroep.version.theme"));
        addFormItem(version.getBudget() == null ? none() : new Span(Formats.euro(version.getBudget(), locale)),
                getTranslation("werkgroep.version.budget"));
        addFormItem(version.getComposition() == null || version.getComposition().isBlank() ? none()
                : text(version.getComposition()), getTranslation("werkgroep.assignment.composition"));
        if (linkDecision && version.getDecisionId() != null) {
            addFormItem(new Anchor("besluiten/" + version.getDecisionId(), getTranslation("board.pdf.title", version.getDecisionId())),
                    getTranslation("werkgroep.assignment.decision"));
        }
        if (version.getBoardRemarks() != null) {
            Paragraph remarks = text(version.getBoardRemarks());
            remarks.addClassName("board-remarks");
            addFormItem(remarks, getTranslation("werkgroep.assignment.boardRemarks"));
        }
    }

    /** An empty field says so, rather than leaving a blank a reader might take for a fault. */
    private Span none() {
        Span none = new Span(getTranslation("werkgroep.version.none"));
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return none;
    }

    static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line").set("margin", "0");
        return paragraph;
    }
}
