package nl.netwerkregie.workinggroup;

import java.util.function.Consumer;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Test support: lets the board approve an assignment, as five of its eight members voting yes would. */
@Component
public class AssignmentApprovals {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final BoardDecisionService board;

    AssignmentApprovals(RuntimeService runtimeService, TaskService taskService, BoardDecisionService board) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.board = board;
    }

    /**
     * Five board members vote yes on the assignment's board decision, so it runs (ACTIVE).
     *
     * @param loginAs logs a demo user in (the test's own login)
     */
    public void approve(long assignmentId, Consumer<String> loginAs) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(assignmentId)).singleResult();
        ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();
        long decisionId = Long.parseLong(called.getBusinessKey());
        for (int m = 1; m <= 5; m++) {
            loginAs.accept("bestuur" + m);
            board.castVote(decisionId, taskService.createTaskQuery().processInstanceId(called.getId())
                    .taskAssignee("bestuur" + m).singleResult().getId(), VoteChoice.YES, null);
        }
    }
}
