package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.ui.Formats;

/** A horizontal bar per theme, its width the theme's share of the largest theme's costs. Plain Divs and CSS. */
class CostChart extends Div {

    CostChart() {
        setId("cost-chart");
        getStyle().set("width", "100%").set("max-width", "48em");
    }

    void show(PlanContent content, Locale locale) {
        removeAll();
        Begroting begroting = Begroting.of(content);
        BigDecimal max = content.themes().stream().map(begroting::themeTotal).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        for (ThemePlan theme : content.themes()) {
            BigDecimal total = begroting.themeTotal(theme);
            int percent = max.signum() == 0 ? 0
                    : total.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            Span label = new Span(theme.name() + ": " + Formats.euro(total, locale));
            label.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div bar = new Div();
            bar.addClassName("cost-bar");
            bar.getStyle().set("width", percent + "%").set("height", "0.9em")
                    .set("background", "var(--lumo-primary-color)").set("border-radius", "2px");
            Div row = new Div(label, bar);
            row.getStyle().set("margin-bottom", "0.4em");
            add(row);
        }
    }
}
