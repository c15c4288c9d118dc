package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.Component;
import nl.netwerkregie.shared.task.TaskRow;

/**
 * A feature's form for one kind of task, found by the task's {@code camunda:formKey}. Features register
 * one bean per form key. Every user task in processes/ has a form key with a factory ({@code FormKeysTest});
 * there is no generic completion.
 */
public interface TaskFormFactory {

    /** The form key in the BPMN file, e.g. {@code board:vote}. */
    String formKey();

    /**
     * A new form for the task.
     *
     * @param afterCompletion call after the task was completed successfully (navigates back to the list)
     */
    Component create(TaskRow task, Runnable afterCompletion);

    /**
     * What the user is told once the task is completed (asked after the completion committed): by default that it
     * is done, with a link to the case. A form whose step has a visible result says what it is.
     */
    default Outcome outcome(TaskRow task) {
        return Outcome.done(task.caseSummary().route());
    }
}
