package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.TimelineEntry;

/**
 * The assignment's tijdspad as a Gantt-like bar: the span from start to end, with milestones (diamonds), reports
 * (dots), the next report due (a ring) and today (a red line) placed by date. Each mark names its date and what it
 * is in a tooltip; the dated list below it says the same for screen readers and print. Plain Divs and CSS.
 */
class TimeAxis extends Div {

    TimeAxis(List<TimelineEntry> entries, LocalDate today, Locale locale) {
        setId("assignment-time-axis");
        // Every part is placed absolutely, so the axis takes its width from the page, not from its content.
        getStyle().set("position", "relative").set("height", "3.6em").set("margin", "0.5em 0.6em 0.4em")
                .set("width", "calc(100% - 1.2em)").set("max-width", "60em").set("box-sizing", "border-box");
        if (entries.isEmpty()) {
            return;
        }
        LocalDate from = entries.stream().map(TimelineEntry::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = entries.stream().map(TimelineEntry::date).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate start = dateOf(entries, "START", from);
        LocalDate end = dateOf(entries, "END", to);
        Div span = new Div();
        span.addClassName("time-axis-span");
        span.getStyle().set("position", "absolute").set("top", "1.2em").set("height", "0.8em")
                .set("left", percent(from, to, start)).set("width", width(from, to, start, end))
                .set("background", "var(--lumo-primary-color-50pct)").set("border-radius", "4px");
        add(span);
        if (!today.isBefore(from) && !today.isAfter(to)) {
            Div now = new Div();
            now.addClassName("time-axis-today");
            now.getElement().setAttribute("title", Formats.date(today, locale));
            now.getStyle().set("position", "absolute").set("top", "0.4em").set("height", "2.4em").set("width", "2px")
                    .set("left", percent(from, to, today)).set("background", "var(--lumo-error-color)");
            add(now);
        }
        for (TimelineEntry entry : entries) {
            if (!entry.kind().equals("START") && !entry.kind().equals("END")) {
                add(mark(entry, percent(from, to, entry.date()), locale));
            }
        }
        add(label(Formats.date(from, locale), "left", "0"), label(Formats.date(to, locale), "right", "0"));
    }

    private Div mark(TimelineEntry entry, String left, Locale locale) {
        Div mark = new Div();
        mark.addClassNames("time-axis-mark", "time-axis-" + entry.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
        String about = entry.kind().endsWith("REPORT") && !entry.text().isEmpty()
                ? getTranslation("werkgroep.report.status." + entry.text()) : entry.text();
        mark.getElement().setAttribute("title", Formats.date(entry.date(), locale) + " – "
                + getTranslation("werkgroep.timeline." + entry.kind()) + (about.isEmpty() ? "" : ": " + about));
        mark.getStyle().set("position", "absolute").set("top", "1.05em").set("left", left).set("width", "1.1em")
                .set("height", "1.1em").set("margin-left", "-0.55em").set("box-sizing", "border-box");
        switch (entry.kind()) {
            case "MILESTONE" -> mark.getStyle().set("transform", "rotate(45deg) scale(0.8)")
                    .set("background", "var(--lumo-contrast-70pct)");
            case "NEXT_REPORT" -> mark.getStyle().set("border-radius", "50%")
                    .set("border", "3px solid var(--lumo-success-color)").set("background", "var(--lumo-base-color)");
            default -> mark.getStyle().set("border-radius", "50%").set("background", "var(--lumo-success-color)");
        }
        return mark;
    }

    private static Span label(String text, String side, String offset) {
        Span label = new Span(text);
        label.getStyle().set("position", "absolute").set("white-space", "nowrap").set("top", "2.3em").set(side, offset)
                .set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        return label;
    }

    private static LocalDate dateOf(List<TimelineEntry> entries, String kind, LocalDate otherwise) {
        return entries.stream().filter(e -> e.kind().equals(kind)).map(TimelineEntry::date).findFirst()
                .orElse(otherwise);
    }

    /** Where a date lies between from and to, as a CSS percentage (one decimal). */
    static String percent(LocalDate from, LocalDate to, LocalDate date) {
        long days = ChronoUnit.DAYS.between(from, to);
        double share = days == 0 ? 0 : 100.0 * ChronoUnit.DAYS.between(from, date) / days;
        return String.format(Locale.ROOT, "%.1f%%", share);
    }

    private static String width(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(from, to);
        double share = days == 0 ? 100 : 100.0 * ChronoUnit.DAYS.between(start, end) / days;
        return String.format(Locale.ROOT, "%.1f%%", share);
    }
}
