package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import nl.netwerkregie.budget.BudgetWarning;
import nl.netwerkregie.budget.ThemeRealisation;
import nl.netwerkregie.budget.YearRealisation;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.ChartBars;

/**
 * Per theme two horizontal bars, begroot and besteed, as the jaarplan's cost chart draws them: plain Divs and CSS,
 * widths as shares of the largest amount. Each bar's caption says the amount and the signal in words, so the
 * warning never rests on colour alone.
 */
class RealisationChart extends Div {

    RealisationChart() {
        setId("realisation-chart");
        getStyle().set("width", "100%").set("max-width", "48em");
    }

    void show(YearRealisation year, Locale locale) {
        removeAll();
        BigDecimal max = year.themes().stream().flatMap(t -> Stream.of(t.budgeted(), t.spent()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        for (ThemeRealisation theme : year.themes()) {
            Span label = new Span(theme.theme());
            label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            Div block = new Div(label,
                    ChartBars.bar("realisation-bar", getTranslation("budget.chart.budgeted", Formats.euro(theme.budgeted(), locale)),
                            theme.budgeted(), max, "var(--lumo-primary-color)"),
                    ChartBars.bar("realisation-bar", getTranslation(switch (theme.warning()) {
                        case NONE -> "budget.chart.spent";
                        case NEAR -> "budget.chart.near";
                        case OVER -> "budget.chart.over";
                    }, Formats.euro(theme.spent(), locale)), theme.spent(), max, colour(theme.warning())));
            block.addClassName("chart-theme");
            block.getStyle().set("margin-bottom", "0.6em");
            add(block);
        }
        Span legend = new Span(getTranslation("budget.chart.legend"));
        legend.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(legend);
    }

    private static String colour(BudgetWarning warning) {
        return switch (warning) {
            case NONE -> "var(--lumo-success-color)";
            case NEAR -> "var(--lumo-warning-color, #c78300)";
            case OVER -> "var(--lumo-error-color)";
        };
    }
}
