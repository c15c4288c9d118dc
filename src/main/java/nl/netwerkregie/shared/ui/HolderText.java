package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.task.TaskHolder;

/** Who works on a task, in a sentence: "Anouk Jansen werkt hieraan sinds 3 dec. 2026 10:14", "Nog niet opgepakt". */
final class HolderText {

    private HolderText() {
    }

    static String of(TaskHolder holder, Component translator, Locale locale) {
        if (holder == null) {
            return translator.getTranslation("team.unclaimed");
        }
        if (holder.since() == null) {
            return translator.getTranslation("team.holder", holder.name());
        }
        return translator.getTranslation("team.holderSince", holder.name(),
                Formats.dateTime(holder.since(), locale));
    }
}
