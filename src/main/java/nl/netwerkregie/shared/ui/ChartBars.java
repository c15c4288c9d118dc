package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A bar of the charts made of plain Divs and CSS (the jaarplan's costs, the realisation): a caption that says the
 * amount in words, and a bar whose width is the amount's share of the largest one. It prints, reads in a screen
 * reader as text and needs no chart library.
 */
public final class ChartBars {

    private ChartBars() {
    }

    /** @param colour a CSS colour; the caption, not the colour, carries the meaning */
    public static Div bar(String className, String text, BigDecimal amount, BigDecimal max, String colour) {
        int percent = max.signum() == 0 ? 0
                : Math.min(100, amount.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue());
        Div bar = new Div();
        bar.getStyle().set("width", percent + "%").set("height", "0.7em").set("background", colour)
                .set("border-radius", "2px");
        Span caption = new Span(text);
        caption.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div line = new Div(caption, bar);
        line.addClassName(className);
        return line;
    }
}
