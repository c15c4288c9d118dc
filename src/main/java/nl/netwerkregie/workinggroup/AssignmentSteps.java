package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service tasks of {@code WerkgroepAssignmentProcess}, called by its delegates only. They check no role: the
 * engine runs them, with no user behind it, once the process got there.
 */
@Service
public class AssignmentSteps {

    private final AssignmentQueries queries;
    private final WerkgroepService werkgroepen;
    private final BoardDecisionService board;
    private final Mailer mailer;
    private final ReportReminderMail reminderMail;
    private final Clock clock;

    AssignmentSteps(AssignmentQueries queries, WerkgroepService werkgroepen, BoardDecisionService board,
            Mailer mailer, ReportReminderMail reminderMail, Clock clock) {
        this.queries = queries;
        this.werkgroepen = werkgroepen;
        this.board = board;
        this.mailer = mailer;
        this.reminderMail = reminderMail;
        this.clock = clock;
    }

    /** The board did not approve; its reasons (the NO votes') go with the version, back to the coordinator. */
    @Transactional
    public void recordRejection(long assignmentId) {
        Assignment assignment = queries.get(assignmentId);
        AssignmentVersion version = queries.currentVersion(assignmentId);
        List<String> reasons = version.getDecisionId() == null ? List.of()
                : board.reasonsGiven(version.getDecisionId(), VoteChoice.NO);
        version.rejectedWith(reasons.isEmpty() ? null
                : Texts.limit(String.join("\n", reasons), AssignmentProposals.MAX_PROPOSAL));
        assignment.status(AssignmentStatus.REVISION);
    }

    /** The board approved; the assignment runs and reports fall due. */
    @Transactional
    public void activate(long assignmentId) {
        queries.get(assignmentId).status(AssignmentStatus.ACTIVE);
    }

    /** The final report was accepted; the assignment is closed. */
    @Transactional
    public void close(long assignmentId) {
        queries.get(assignmentId).close(Instant.now(clock));
    }

    /** The report is 7 days late; mails the chair and vice chair (in Dutch). */
    @Transactional(readOnly = true)
    public void remindOfReport(long assignmentId) {
        Assignment assignment = queries.get(assignmentId);
        Werkgroep werkgroep = werkgroepen.get(assignment.getWerkgroepId());
        List<String> to = werkgroepen.reportingSeats(werkgroep.getId()).stream().map(WerkgroepMember::getEmail).toList();
        mailer.send(to, reminderMail.subject(werkgroep.getName()), reminderMail.body(werkgroep.getName(),
                queries.nextReportDue(assignmentId), queries.currentVersion(assignmentId).getDoel()));
    }
}
