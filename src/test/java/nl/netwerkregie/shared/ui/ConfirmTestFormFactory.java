package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.button.Button;
import java.util.Map;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;

/**
 * The form of the test process's tasks ({@code test:confirm}): one button that completes the task, as a feature's
 * form would after its own checks. Lets the task-page tests run without a feature.
 */
@org.springframework.stereotype.Component
class ConfirmTestFormFactory implements TaskFormFactory {

    private final TaskListService tasks;

    ConfirmTestFormFactory(TaskListService tasks) {
        this.tasks = tasks;
    }

    @Override
    public String formKey() {
        return "test:confirm";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskRow task, Runnable afterCompletion) {
        Button complete = new Button("Gereed melden");
        complete.setId("complete-task");
        complete.addClickListener(e -> {
            if (UiErrors.attempt(() -> tasks.complete(task.id(), Map.of()))) {
                afterCompletion.run();
            }
        });
        return complete;
    }
}
