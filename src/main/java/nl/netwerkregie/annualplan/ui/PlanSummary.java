package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.BegrotingWarning;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.format.Formats;

/** The plan as the task forms show it: title, version, totals per theme, warnings, a link to the plan. */
class PlanSummary extends VerticalLayout {

    PlanSummary(JaarplanView plan) {
        setPadding(false);
        Begroting begroting = plan.begroting();
        add(new Paragraph(getTranslation("jaarplan.pdf.title", String.valueOf(plan.year()), plan.content().title())
                + " (" + getTranslation("jaarplan.versionNumber", plan.submittedVersions()) + ")"));
        for (ThemePlan theme : plan.content().themes()) {
            add(new Paragraph(theme.name() + ": " + Formats.euro(begroting.themeTotal(theme), getLocale())));
        }
        Paragraph totals = new Paragraph(getTranslation("jaarplan.totalsLine",
                Formats.euro(begroting.totalCosts(), getLocale()), Formats.euro(begroting.totalIncome(), getLocale()),
                Formats.euro(begroting.totalSubsidy(), getLocale())));
        totals.setId("summary-totals");
        add(totals);
        for (BegrotingWarning w : begroting.warnings()) {
            Object[] args = w.arguments().stream()
                    .map(a -> a instanceof BigDecimal b ? Formats.euro(b, getLocale()) : a).toArray();
            Paragraph p = new Paragraph(getTranslation(w.key(), args));
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            add(p);
        }
        Anchor open = new Anchor("jaarplannen/" + plan.id(), getTranslation("jaarplan.open"));
        open.setId("summary-open-plan");
        add(open);
    }
}
