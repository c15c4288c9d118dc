package nl.netwerkregie.board.process;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The vote tasks of a decision's process, for the board's own handling of a member who leaves. */
@Component
public class VoteTasks {

    private final TaskService taskService;

    VoteTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /**
     * Completes the member's open vote task in the decision's process without a vote, so the vote goes on with
     * the others; {@code settled} tells the process whether the remaining votes can still change the outcome.
     */
    public void withdraw(long decisionId, String member, boolean settled) {
        taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(decisionId))
                .taskDefinitionKey(BoardDecisionProcess.TASK_VOTE).taskAssignee(member).list()
                .forEach(task -> taskService.complete(task.getId(), Map.of(BoardDecisionProcess.VAR_SETTLED, settled)));
    }
}
