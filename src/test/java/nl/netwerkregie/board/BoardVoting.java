package nl.netwerkregie.board;

import java.util.function.Consumer;
import java.util.function.Function;
import nl.netwerkregie.AsyncJobs;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Test support for every flow that calls {@code BoardDecisionProcess}: the board decision its case called, and
 * board members voting in it through the service, as they would on their vote form, followed by the steps that
 * run after the votes (async continuations).
 */
@Component
public class BoardVoting {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final VotingService voting;
    private final AsyncJobs asyncJobs;

    BoardVoting(RuntimeService runtimeService, TaskService taskService, VotingService voting, AsyncJobs asyncJobs) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.voting = voting;
        this.asyncJobs = asyncJobs;
    }

    /** The decision id of the board decision the case's process called (its business key). */
    public long calledDecisionId(ProcessInstance caller) {
        return Long.parseLong(called(caller).getBusinessKey());
    }

    /**
     * bestuur1 up to bestuur{@code members} vote in the board decision the case's process called.
     *
     * @param reason  the reason a member gives (may be null)
     * @param loginAs logs a demo user in (the test's own login)
     */
    public void vote(ProcessInstance caller, VoteChoice choice, int members, Function<String, String> reason,
            Consumer<String> loginAs) {
        ProcessInstance called = called(caller);
        long decisionId = Long.parseLong(called.getBusinessKey());
        for (int m = 1; m <= members; m++) {
            String member = "bestuur" + m;
            loginAs.accept(member);
            String taskId = taskService.createTaskQuery().processInstanceId(called.getId()).taskAssignee(member)
                    .singleResult().getId();
            voting.castVote(decisionId, taskId, choice, reason.apply(member));
        }
        // Closing the decision and the calling flow's next steps run after the last vote's commit.
        asyncJobs.runAll();
    }

    private ProcessInstance called(ProcessInstance caller) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }
}
