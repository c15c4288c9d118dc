package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command API of werkgroep assignments, for views and task forms; every command checks the user's role.
 * Coordinators draft and revise assignments and review reports; the werkgroep's chair and vice chair report, on
 * the assignments of the werkgroepen they chair only. The reads are in {@link AssignmentQueries}, the process's
 * service tasks in {@link AssignmentSteps}.
 */
@Service
public class AssignmentService {

    /** The case type of the board decisions on an assignment. */
    public static final String CASE_TYPE = "WERKGROEP_ASSIGNMENT";
    private static final int MAX_CHASE_UP_NOTE = 2000;

    private final AssignmentQueries queries;
    private final AssignmentSubmissions submissions;
    private final ProgressReportRepository reports;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentQueries queries, AssignmentSubmissions submissions, ProgressReportRepository reports,
            TaskGuard taskGuard, TaskListService tasks, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.submissions = submissions;
        this.reports = reports;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A coordinator drafts an assignment for a werkgroep (on behalf of the netwerkgroep) and submits it to the
     * board. The werkgroep needs a chair and a vice chair.
     *
     * @return the assignment id
     */
    @Transactional
    public long draft(AssignmentForm form) {
        currentUser.require(Role.COORDINATOR);
        submissions.check(form);
        return submissions.first(form);
    }

    /**
     * The coordinator revises an assignment the board did not approve ("Opdracht herzien"); the new version goes
     * to the board again. Earlier versions are kept.
     */
    @Transactional
    public void revise(String taskId, AssignmentForm form) {
        currentUser.require(Role.COORDINATOR);
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_REVISE);
        // The werkgroep is the assignment's, whatever the form says: a revision cannot move it to another werkgroep.
        AssignmentForm ofThisWerkgroep = new AssignmentForm(assignment.getWerkgroepId(), form.doel(),
                form.gewenstResultaat(), form.theme(), form.startDate(), form.endDate(), form.milestones(),
                form.budget(), form.composition());
        submissions.check(ofThisWerkgroep);
        int number = queries.currentVersion(assignment.getId()).getNumber() + 1;
        long decisionId = submissions.revision(assignment, number, ofThisWerkgroep);
        tasks.complete(taskId, Map.of(WerkgroepAssignmentProcess.VAR_DECISION_ID, decisionId));
    }

    /**
     * The chair or vice chair files a progress report (or the final report) in the assignment's format
     * ("Voortgang rapporteren"). Only for the werkgroep they chair.
     */
    @Transactional
    public void submitReport(String taskId, ReportForm form) {
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_REPORT);
        requireReporter(assignment);
        AssignmentRules.check(form);
        LocalDate due = queries.nextReportDue(assignment.getId());
        reports.save(new ProgressReport(assignment.getId(), due, form, currentUser.username(), Instant.now(clock)));
        tasks.complete(taskId, Map.of(WerkgroepAssignmentProcess.VAR_FINAL_REPORT, form.finalReport()));
    }

    /**
     * The coordinator reads the report and accepts it, or asks the chair a question about it
     * ("Rapportage beoordelen"). An accepted final report closes the assignment.
     *
     * @param question the question to the chair, when not accepted
     */
    @Transactional
    public void reviewReport(String taskId, boolean accept, String question) {
        currentUser.require(Role.COORDINATOR);
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_REVIEW_REPORT);
        ProgressReport report = queries.latestReport(assignment.getId());
        if (accept) {
            report.accept(currentUser.username(), Instant.now(clock));
        } else {
            report.ask(Texts.require(question, AssignmentRules.MAX_TEXT, "werkgroep.report.questionRequired"),
                    currentUser.username(), Instant.now(clock));
        }
        tasks.complete(taskId, Map.of(WerkgroepAssignmentProcess.VAR_REPORT_ACCEPTED, accept));
    }

    /** The chair answers the coordinator's question in the same report ("Vraag beantwoorden"). */
    @Transactional
    public void answerQuestion(String taskId, String answer) {
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_ANSWER_QUESTION);
        requireReporter(assignment);
        queries.latestReport(assignment.getId())
                .answer(Texts.require(answer, AssignmentRules.MAX_TEXT, "werkgroep.report.answerRequired"));
        tasks.complete(taskId, Map.of());
    }

    /** The coordinator records how they chased up a late report ("Voortgang navragen"). */
    @Transactional
    public void chaseUp(String taskId, String note) {
        currentUser.require(Role.COORDINATOR);
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_CHASE_UP);
        assignment.chasedUp(Texts.require(note, MAX_CHASE_UP_NOTE, "werkgroep.chaseUp.noteRequired"), Instant.now(clock));
        tasks.complete(taskId, Map.of());
    }



    private void requireReporter(Assignment assignment) {
        if (!queries.isReporter(assignment.getId())) {
            throw new AccessDeniedException("Only the chair or vice chair of the werkgroep reports on assignment "
                    + assignment.getId());
        }
    }

    /** The assignment of the user's own task at this step of the assignment process (else AccessDenied). */
    private Assignment assignmentOfTask(String taskId, String taskDefinitionKey) {
        return queries.get(taskGuard.caseOf(taskId, WerkgroepAssignmentProcess.PROCESS_ID, taskDefinitionKey));
    }
}
