package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.selfevaluation.SectionAverage;
import nl.netwerkregie.shared.format.Formats;

/**
 * Per section a horizontal bar of its average score out of 4 (volledig), as the jaarplan's cost chart draws its
 * bars: plain Divs and CSS, so it prints and reads in a screen reader as text.
 */
class ScoreChart extends Div {

    ScoreChart(String id, List<SectionAverage> averages, Locale locale) {
        setId(id);
        getStyle().set("width", "100%").set("max-width", "48em");
        for (SectionAverage average : averages) {
            Span label = new Span(average.section());
            label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            Div block = new Div(label, bar(average.average(), locale));
            block.addClassName("chart-section");
            block.getStyle().set("margin-bottom", "0.6em");
            add(block);
        }
    }

    private Div bar(BigDecimal average, Locale locale) {
        int percent = average == null ? 0 : average.multiply(BigDecimal.valueOf(25)).intValue();
        Div bar = new Div();
        bar.getStyle().set("width", percent + "%").set("height", "0.7em").set("background", "var(--lumo-primary-color)")
                .set("border-radius", "2px");
        Span caption = new Span(average == null ? getTranslation("selfevaluation.result.noScore")
                : getTranslation("selfevaluation.result.average", Formats.number(average, locale)));
        caption.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div line = new Div(caption, bar);
        line.addClassName("score-bar");
        return line;
    }
}
