package nl.netwerkregie.shared.ui;

import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** A due date in a list; red with "te laat" when it has passed. */
public class DueBadge extends Span {

    public DueBadge(Instant due, boolean late) {
        setText(Formats.date(due, getLocale()));
        if (late) {
            getElement().getThemeList().add("badge error");
            setText(getText() + " – " + getTranslation("tasks.late"));
        }
    }
}
