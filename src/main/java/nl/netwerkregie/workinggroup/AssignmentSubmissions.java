package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.Instant;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.workinggroup.process.AssignmentStarter;
import org.springframework.stereotype.Component;

/**
 * Puts a version of an assignment to the board: stores the version and prepares the board decision on it; a new
 * assignment also gets its process. The caller has checked the role and the task and holds the transaction.
 */
@Component
class AssignmentSubmissions {

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;
    private final WerkgroepService werkgroepen;
    private final BoardDecisionService board;
    private final AssignmentProposals proposals;
    private final AssignmentStarter starter;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentSubmissions(AssignmentRepository assignments, AssignmentVersionRepository versions,
            WerkgroepService werkgroepen, BoardDecisionService board, AssignmentProposals proposals,
            AssignmentStarter starter, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.versions = versions;
        this.werkgroepen = werkgroepen;
        this.board = board;
        this.proposals = proposals;
        this.starter = starter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Refuses a form that breaks the assignment's rules, or whose werkgroep lacks its chairs today: without a
     * chair and vice chair with a login nobody could report on the assignment.
     */
    void check(AssignmentForm form) {
        AssignmentRules.check(form);
        werkgroepen.requireChairs(form.werkgroepId());
    }

    /**
     * A new assignment with its first version before the board, and its process waiting for that decision.
     *
     * @return the assignment id
     */
    long first(AssignmentForm form) {
        Assignment assignment = assignments.save(new Assignment(form.werkgroepId(), Instant.now(clock)));
        long decisionId = submit(assignment, 1, form);
        starter.start(assignment.getId(), decisionId);
        return assignment.getId();
    }

    /**
     * Version {@code number} of a rejected assignment before the board; the assignment waits for that decision.
     *
     * @return the board decision id, for the process to wait on
     */
    long revision(Assignment assignment, int number, AssignmentForm form) {
        long decisionId = submit(assignment, number, form);
        assignment.status(AssignmentStatus.BOARD_DECISION);
        return decisionId;
    }

    private long submit(Assignment assignment, int number, AssignmentForm form) {
        AssignmentVersion version = versions.save(new AssignmentVersion(assignment.getId(), number, form,
                currentUser.username(), Instant.now(clock)));
        String name = werkgroepen.get(assignment.getWerkgroepId()).getName();
        long decisionId = board.prepare(new DecisionRequest(AssignmentService.CASE_TYPE,
                String.valueOf(assignment.getId()), proposals.subject(name), proposals.question(name),
                proposals.proposal(form, number), DecisionMode.ONLINE, null), currentUser.username());
        version.putToBoard(decisionId);
        return decisionId;
    }
}
