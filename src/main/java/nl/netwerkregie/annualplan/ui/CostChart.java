package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.ThemeBudget;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.ChartBars;

/**
 * Per theme two horizontal bars: the plan's costs, and the budgets of approved werkgroep assignments for that theme
 * (red when they exceed the plan). Widths are shares of the largest amount. Plain Divs and CSS, so it prints, reads
 * in a screen reader as text and needs no chart library.
 */
class CostChart extends Div {

    private Map<String, BigDecimal> committed = Map.of();

    CostChart() {
        setId("cost-chart");
        getStyle().set("width", "100%").set("max-width", "48em");
    }

    /** The commitments per theme, read once when the page opens. */
    void committed(Map<String, BigDecimal> committedPerTheme) {
        this.committed = committedPerTheme;
    }

    void show(PlanContent content, Locale locale) {
        removeAll();
        List<ThemeBudget> rows = ThemeBudget.compare(content, committed);
        BigDecimal max = rows.stream().flatMap(r -> Stream.of(r.budgeted(), r.committed()))
                .filter(a -> a != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        for (ThemeBudget row : rows) {
            String name = row.theme().isEmpty() ? getTranslation("jaarplan.chart.noTheme") : row.theme();
            Span label = new Span(name + (row.inPlan() ? "" : " " + getTranslation("jaarplan.chart.notInPlan")));
            label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            Div block = new Div(label);
            block.addClassName("chart-theme");
            block.getStyle().set("margin-bottom", "0.6em");
            if (row.inPlan()) {
                block.add(ChartBars.bar("cost-bar", getTranslation("jaarplan.chart.budgeted", Formats.euro(row.budgeted(), locale)),
                        row.budgeted(), max, "var(--lumo-primary-color)"));
            }
            if (row.committed().signum() > 0) {
                block.add(ChartBars.bar("commitment-bar", getTranslation(row.overCommitted() ? "jaarplan.chart.overCommitted"
                        : "jaarplan.chart.committed", Formats.euro(row.committed(), locale)), row.committed(), max,
                        row.overCommitted() ? "var(--lumo-error-color)" : "var(--lumo-success-color)"));
            }
            add(block);
        }
        if (rows.stream().noneMatch(r -> r.committed().signum() > 0)) {
            return; // the legend explains the commitment bars; without them the labels say it all
        }
        Span legend = new Span(getTranslation("jaarplan.chart.legend"));
        legend.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(legend);
    }
}
