package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** A due date in a list; red with "te laat" when it has passed. */
public class DueBadge extends Span {

    public DueBadge(Instant due, boolean late) {
        this(Formats.date(due, locale()), late);
    }

    /** A day by which something is due (a report), late once that day has passed. */
    public DueBadge(java.time.LocalDate due, java.time.LocalDate today) {
        this(Formats.date(due, locale()), due.isBefore(today));
    }

    private static java.util.Locale locale() {
        return UI.getCurrent() == null ? nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH : UI.getCurrent().getLocale();
    }

    private DueBadge(String date, boolean late) {
        setText(date);
        if (late) {
            getElement().getThemeList().add("badge error");
            setText(getText() + " – " + getTranslation("tasks.late"));
        }
    }
}
