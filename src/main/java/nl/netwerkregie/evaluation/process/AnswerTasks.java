package nl.netwerkregie.evaluation.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Which respondent an answer task is for (its local variable), for the service that stores the answers. */
@Component
public class AnswerTasks {

    private final TaskService taskService;

    AnswerTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The respondent id of the task; the caller has checked through the task gate that the task is the user's. */
    public long respondentOf(String taskId) {
        Object id = taskService.getVariable(taskId, YearlyEvaluationProcess.VAR_RESPONDENT_ID);
        if (!(id instanceof Number number)) {
            throw new org.springframework.security.access.AccessDeniedException("Task " + taskId + " has no respondent");
        }
        return number.longValue();
    }
}
