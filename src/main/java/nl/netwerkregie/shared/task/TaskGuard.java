package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one check every feature makes before it acts on a task from a form: the task is the current user's
 * (through {@link TaskListService#requireMyTask(String)}), it is the step the form is for, and it belongs to a
 * process of that feature. Without the last two a form could be pointed at another flow's task that happens to
 * be the user's. Returns the case id, the task's business key.
 */
@Component
public class TaskGuard {

    private final TaskListService tasks;

    TaskGuard(TaskListService tasks) {
        this.tasks = tasks;
    }

    /**
     * The id of the case whose {@code taskDefinitionKey} step this is, in a process {@code processKey}.
     *
     * @throws AccessDeniedException when the task is not the user's, or another step or process
     * @throws nl.netwerkregie.shared.DomainException {@code task.gone} when it was completed meanwhile
     */
    public long caseOf(String taskId, String processKey, String taskDefinitionKey) {
        return caseOf(taskId, List.of(processKey), taskDefinitionKey);
    }

    /** As {@link #caseOf(String, String, String)}, for a step that more than one of the feature's processes has. */
    public long caseOf(String taskId, Collection<String> processKeys, String taskDefinitionKey) {
        TaskRow task = tasks.task(taskId);
        if (!taskDefinitionKey.equals(task.taskDefinitionKey()) || !processKeys.contains(task.processDefinitionKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey + " of " + processKeys);
        }
        try {
            return Long.parseLong(task.businessKey());
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("Task " + taskId + " belongs to no case of " + processKeys);
        }
    }

    /** As {@link #caseOf(String, String, String)}, and the case must be {@code caseId} (a form opened on one case). */
    public void requireStepOfCase(String taskId, String processKey, String taskDefinitionKey, long caseId) {
        if (caseOf(taskId, processKey, taskDefinitionKey) != caseId) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey + " of case " + caseId);
        }
    }
}
