package nl.netwerkregie.workinggroup;

import java.util.function.Consumer;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Test support: lets the board approve an assignment, as five of its eight members voting yes would. */
@Component
public class AssignmentApprovals {

    private final RuntimeService runtimeService;
    private final BoardVoting voting;

    AssignmentApprovals(RuntimeService runtimeService, BoardVoting voting) {
        this.runtimeService = runtimeService;
        this.voting = voting;
    }

    /**
     * Five board members vote yes on the assignment's board decision, so it runs (ACTIVE).
     *
     * @param loginAs logs a demo user in (the test's own login)
     */
    public void approve(long assignmentId, Consumer<String> loginAs) {
        voting.vote(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(assignmentId)).singleResult(),
                VoteChoice.YES, 5, member -> null, loginAs);
    }
}
