package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * A colleague took the task while this user was filling it in: the form said so (through {@link UiErrors}), and
 * the task page redraws its banner with who holds it and the button to take it over, keeping the form as typed.
 */
class TaskTakenMeanwhile extends ComponentEvent<UI> {

    static final String MESSAGE_KEY = "task.takenBy";

    TaskTakenMeanwhile(UI ui) {
        super(ui, false);
    }
}
