package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import nl.netwerkregie.shared.task.NewTasks;

/**
 * In the header: how many of the user's open tasks they have not opened yet, as a link to Mijn taken. Hidden at
 * zero. The number alone says little to a screen reader, so the link is named in full ("3 nieuwe taken").
 */
class NewTasksBadge extends Anchor {

    private final NewTasks newTasks;

    NewTasksBadge(NewTasks newTasks) {
        super("taken", "");
        this.newTasks = newTasks;
        setId("new-tasks");
        getElement().getThemeList().add("badge primary pill");
        getStyle().set("text-decoration", "none");
    }

    /** Counts again (after every navigation: opening a task makes it seen). */
    void refresh() {
        int count = newTasks.count();
        setVisible(count > 0);
        boolean many = count >= NewTasks.NEWEST;
        String label = many ? getTranslation("header.newTasks.many", NewTasks.NEWEST - 1)
                : getTranslation("header.newTasks", count);
        setText(many ? (NewTasks.NEWEST - 1) + "+" : Integer.toString(count));
        setAriaLabel(label);
        setTitle(label);
    }
}
