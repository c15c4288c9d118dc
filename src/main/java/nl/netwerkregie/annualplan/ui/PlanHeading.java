package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;

/**
 * Above the plan: its year and title, where it stands, the board's remarks while it is being revised, and why
 * it cannot be changed once submitted or adopted.
 */
final class PlanHeading extends VerticalLayout {

    PlanHeading(JaarplanView plan) {
        setPadding(false);
        H2 heading = new H2(title(plan));
        heading.setId("plan-heading");
        Span status = new Span(getTranslation("jaarplan.status." + plan.status()));
        status.setId("plan-status");
        status.getElement().getThemeList().add("badge");
        add(heading, status);
        if (plan.boardRemarks() != null && plan.status().editable()) {
            Paragraph remarks = new Paragraph(getTranslation("jaarplan.boardRemarks") + ": " + plan.boardRemarks());
            remarks.setId("plan-board-remarks");
            remarks.getStyle().set("white-space", "pre-line");
            add(remarks);
        }
        if (!plan.editable()) {
            add(new Paragraph(getTranslation(plan.status() == JaarplanStatus.ADOPTED
                    ? "jaarplan.frozenNotice" : "jaarplan.submittedNotice")));
        }
    }

    /** "Jaarplan 2025: ...", for the heading and the browser's title alike. */
    String title(JaarplanView plan) {
        return getTranslation("jaarplan.pdf.title", String.valueOf(plan.year()), plan.content().title());
    }
}
