package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.BegrotingWarning;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.shared.format.Formats;

/** Below the plan form: the totals, the begroting's warnings and the chart, computed from what the form holds. */
final class BegrotingTotals extends VerticalLayout {

    private final Span totals = new Span();
    private final Div warnings = new Div();
    private final CostChart chart = new CostChart();

    /** @param committedPerTheme what approved werkgroep assignments of the plan's year promise, per theme */
    BegrotingTotals(Map<String, BigDecimal> committedPerTheme) {
        setPadding(false);
        totals.setId("plan-totals");
        warnings.setId("plan-warnings");
        chart.committed(committedPerTheme);
        add(new H3(getTranslation("jaarplan.section.totals")), totals, warnings, chart);
    }

    void show(PlanContent content, Begroting begroting) {
        Locale locale = getLocale();
        totals.setText(getTranslation("jaarplan.totalsLine", Formats.euro(begroting.totalCosts(), locale),
                Formats.euro(begroting.totalIncome(), locale), Formats.euro(begroting.totalSubsidy(), locale)));
        warnings.removeAll();
        for (BegrotingWarning w : begroting.warnings()) {
            Object[] args = w.arguments().stream()
                    .map(a -> a instanceof BigDecimal b ? Formats.euro(b, locale) : a).toArray();
            Paragraph p = new Paragraph(getTranslation(w.key(), args));
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.add(p);
        }
        chart.show(content, locale);
    }
}
