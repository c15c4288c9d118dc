package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.process.AssignmentStarter;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Werkgroep assignments: the API of the assignment part of the werkgroep feature. Coordinators draft and revise
 * assignments and review reports; the werkgroep's chair and vice chair report; the other methods are process
 * steps called by the delegates of {@code WerkgroepAssignmentProcess}. A chair sees and reports only on the
 * assignments of the werkgroepen they chair.
 */
@Service
public class AssignmentService {

    /** The case type of the board decisions on an assignment. */
    public static final String CASE_TYPE = "WERKGROEP_ASSIGNMENT";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_COMPOSITION = 2000;
    private static final int MAX_MILESTONE = 500;
    private static final int MAX_PROPOSAL = 8000;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;
    private final ProgressReportRepository reports;
    private final WerkgroepService werkgroepen;
    private final BoardDecisionService board;
    private final TaskListService tasks;
    private final AssignmentStarter starter;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final NetworkProfile profile;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AssignmentVersionRepository versions,
            ProgressReportRepository reports, WerkgroepService werkgroepen, BoardDecisionService board,
            TaskListService tasks, AssignmentStarter starter, Mailer mailer, TranslationProvider translations,
            NetworkProfile profile, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.versions = versions;
        this.reports = reports;
        this.werkgroepen = werkgroepen;
        this.board = board;
        this.tasks = tasks;
        this.starter = starter;
        this.mailer = mailer;
        this.translations = translations;
        this.profile = profile;
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
        validate(form);
        werkgroepen.requireChairs(form.werkgroepId());
        Assignment assignment = assignments.save(new Assignment(form.werkgroepId(), Instant.now(clock)));
        long decisionId = submit(assignment, 1, form);
        starter.start(assignment.getId(), decisionId);
        return assignment.getId();
    }

    /**
     * The coordinator revises an assignment the board did not approve ("Opdracht herzien"); the new version goes
     * to the board again. Earlier versions are kept.
     */
    @Transactional
    public void revise(String taskId, AssignmentForm form) {
        currentUser.require(Role.COORDINATOR);
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_REVISE);
        AssignmentForm ofThisWerkgroep = new AssignmentForm(assignment.getWerkgroepId(), form.doel(),
                form.gewenstResultaat(), form.theme(), form.startDate(), form.endDate(), form.milestones(),
                form.budget(), form.composition());
        validate(ofThisWerkgroep);
        werkgroepen.requireChairs(assignment.getWerkgroepId());
        int number = currentVersion(assignment.getId()).getNumber() + 1;
        long decisionId = submit(assignment, number, ofThisWerkgroep);
        assignment.status(AssignmentStatus.BOARD_DECISION);
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
        validate(form);
        LocalDate due = nextReportDue(assignment.getId());
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
        ProgressReport report = latestReport(assignment.getId());
        if (accept) {
            report.accept(currentUser.username(), Instant.now(clock));
        } else {
            report.ask(requireText(question, MAX_TEXT, "werkgroep.report.questionRequired"), currentUser.username(),
                    Instant.now(clock));
        }
        tasks.complete(taskId, Map.of(WerkgroepAssignmentProcess.VAR_REPORT_ACCEPTED, accept));
    }

    /** The chair answers the coordinator's question in the same report ("Vraag beantwoorden"). */
    @Transactional
    public void answerQuestion(String taskId, String answer) {
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_ANSWER_QUESTION);
        requireReporter(assignment);
        latestReport(assignment.getId()).answer(requireText(answer, MAX_TEXT, "werkgroep.report.answerRequired"));
        tasks.complete(taskId, Map.of());
    }

    /** The coordinator records how they chased up a late report ("Voortgang navragen"). */
    @Transactional
    public void chaseUp(String taskId, String note) {
        currentUser.require(Role.COORDINATOR);
        Assignment assignment = assignmentOfTask(taskId, WerkgroepAssignmentProcess.TASK_CHASE_UP);
        assignment.chasedUp(requireText(note, 2000, "werkgroep.chaseUp.noteRequired"), Instant.now(clock));
        tasks.complete(taskId, Map.of());
    }

    /** A process step: the board did not approve; its reasons (the NO votes') go with the version. */
    @Transactional
    public void recordRejection(long assignmentId) {
        Assignment assignment = get(assignmentId);
        AssignmentVersion version = currentVersion(assignmentId);
        List<String> reasons = version.getDecisionId() == null ? List.of()
                : board.reasonsGiven(version.getDecisionId(), VoteChoice.NO);
        version.rejectedWith(reasons.isEmpty() ? null : limit(String.join("\n", reasons), MAX_PROPOSAL));
        assignment.status(AssignmentStatus.REVISION);
    }

    /** A process step: the board approved; the assignment runs and reports fall due. */
    @Transactional
    public void activate(long assignmentId) {
        get(assignmentId).status(AssignmentStatus.ACTIVE);
    }

    /** A process step: the final report was accepted; the assignment is closed. */
    @Transactional
    public void close(long assignmentId) {
        get(assignmentId).close(Instant.now(clock));
    }

    /** A process step: the report is 7 days late; mails the chair and vice chair (in Dutch). */
    @Transactional(readOnly = true)
    public void remindOfReport(long assignmentId) {
        Assignment assignment = get(assignmentId);
        Werkgroep werkgroep = werkgroepen.get(assignment.getWerkgroepId());
        List<String> to = werkgroepen.reportingSeats(werkgroep.getId()).stream().map(WerkgroepMember::getEmail).toList();
        mailer.send(to, dutch("werkgroep.mail.reminder.subject", werkgroep.getName()),
                dutch("werkgroep.mail.reminder.body", werkgroep.getName(), DUTCH_DATE.format(nextReportDue(assignmentId)),
                        currentVersion(assignmentId).getDoel()));
    }

    /**
     * When the next report is due: the next milestone after the last report's due date (or the start), but at
     * most the profile's report interval later, and not after the end of the tijdspad. Checks no role.
     */
    @Transactional(readOnly = true)
    public LocalDate nextReportDue(long assignmentId) {
        AssignmentVersion version = currentVersion(assignmentId);
        LocalDate base = reports.findFirstByAssignmentIdOrderByIdDesc(assignmentId).map(ProgressReport::getDueDate)
                .orElse(version.getStartDate());
        LocalDate next = base.plus(profile.progressReportInterval());
        for (Milestone milestone : version.getMilestones()) {
            if (milestone.dueDate().isAfter(base) && milestone.dueDate().isBefore(next)) {
                next = milestone.dueDate();
            }
        }
        if (version.getEndDate().isAfter(base) && version.getEndDate().isBefore(next)) {
            next = version.getEndDate();
        }
        return next;
    }

    /** The usernames of the werkgroep's chair and vice chair today: who may report. Checks no role. */
    @Transactional(readOnly = true)
    public List<String> reporters(long assignmentId) {
        return werkgroepen.reportingSeats(get(assignmentId).getWerkgroepId()).stream()
                .map(WerkgroepMember::getUsername).filter(u -> u != null).distinct().toList();
    }

    /** The name of the assignment's werkgroep, for task lists. Checks no role. */
    @Transactional(readOnly = true)
    public String werkgroepNameOf(long assignmentId) {
        return werkgroepen.get(get(assignmentId).getWerkgroepId()).getName();
    }

    /** One assignment. For process steps, task forms and describers; checks no role. */
    @Transactional(readOnly = true)
    public Assignment get(long assignmentId) {
        return assignments.findById(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.assignment.notFound", String.valueOf(assignmentId)));
    }

    /** The version last submitted to the board. Checks no role. */
    @Transactional(readOnly = true)
    public AssignmentVersion currentVersion(long assignmentId) {
        return versions.findFirstByAssignmentIdOrderByNumberDesc(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.assignment.notFound", String.valueOf(assignmentId)));
    }

    /** The report being reviewed or questioned (the latest). Checks no role. */
    @Transactional(readOnly = true)
    public ProgressReport latestReport(long assignmentId) {
        return reports.findFirstByAssignmentIdOrderByIdDesc(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.report.none"));
    }

    /**
     * The assignments the user may see, late ones first, then by next report due: all of them for coordinators,
     * the secretary and the board; for a chair, those of the werkgroepen they chair.
     */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> visible() {
        List<Assignment> found;
        if (seesAll()) {
            found = assignments.findAll();
        } else {
            currentUser.require(Role.WERKGROEP_CHAIR);
            Set<Long> mine = werkgroepen.chairedBy(currentUser.username());
            found = mine.isEmpty() ? List.of() : assignments.findByWerkgroepIdIn(mine);
        }
        return found.stream().map(this::overviewOf)
                .sorted(Comparator.comparing(AssignmentOverview::late).reversed()
                        .thenComparing(AssignmentOverview::nextReportDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AssignmentOverview::id, Comparator.reverseOrder()))
                .toList();
    }

    /** One assignment as a list shows it, if the user may see it (else {@link AccessDeniedException}). */
    @Transactional(readOnly = true)
    public AssignmentOverview overview(long assignmentId) {
        return overviewOf(requireVisible(assignmentId));
    }

    /** Every submitted version, oldest first, if the user may see the assignment. */
    @Transactional(readOnly = true)
    public List<AssignmentVersion> versions(long assignmentId) {
        requireVisible(assignmentId);
        return versions.findByAssignmentIdOrderByNumberAsc(assignmentId);
    }

    /** Every report, oldest first, if the user may see the assignment. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(long assignmentId) {
        requireVisible(assignmentId);
        return reports.findByAssignmentIdOrderBySubmittedAtAscIdAsc(assignmentId);
    }

    /** The assignments of one werkgroep (for its page). For coordinators, the secretary and the board. */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> ofWerkgroep(long werkgroepId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return assignments.findByWerkgroepIdOrderByCreatedAtAsc(werkgroepId).stream().map(this::overviewOf).toList();
    }

    /** Start, milestones, reports, the next report due and the end, ordered by date, if the user may see it. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long assignmentId) {
        Assignment assignment = requireVisible(assignmentId);
        AssignmentVersion version = currentVersion(assignmentId);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(version.getStartDate(), "START", version.getDoel()));
        version.getMilestones().forEach(m -> entries.add(new TimelineEntry(m.dueDate(), "MILESTONE", m.description())));
        reports.findByAssignmentIdOrderBySubmittedAtAscIdAsc(assignmentId).forEach(r -> entries.add(new TimelineEntry(
                r.getSubmittedAt().atZone(clock.getZone()).toLocalDate(), r.isFinalReport() ? "FINAL_REPORT" : "REPORT",
                r.getTimelineStatus().name())));
        if (assignment.getStatus() == AssignmentStatus.ACTIVE) {
            entries.add(new TimelineEntry(nextReportDue(assignmentId), "NEXT_REPORT", ""));
        }
        entries.add(new TimelineEntry(version.getEndDate(), "END", version.getGewenstResultaat()));
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    /** Whether the current user may report on the assignment (chair or vice chair of its werkgroep today). */
    @Transactional(readOnly = true)
    public boolean isReporter(long assignmentId) {
        return currentUser.isAuthenticated()
                && werkgroepen.chairedBy(currentUser.username()).contains(get(assignmentId).getWerkgroepId());
    }

    private boolean seesAll() {
        return currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY) || currentUser.has(Role.BOARD_MEMBER);
    }

    private Assignment requireVisible(long assignmentId) {
        Assignment assignment = get(assignmentId);
        if (!seesAll() && !isReporter(assignmentId)) {
            throw new AccessDeniedException("Assignment " + assignmentId + " is not of a werkgroep you chair");
        }
        return assignment;
    }

    private void requireReporter(Assignment assignment) {
        if (!isReporter(assignment.getId())) {
            throw new AccessDeniedException("Only the chair or vice chair of the werkgroep reports on assignment "
                    + assignment.getId());
        }
    }

    private AssignmentOverview overviewOf(Assignment assignment) {
        AssignmentVersion version = currentVersion(assignment.getId());
        LocalDate due = assignment.getStatus() == AssignmentStatus.ACTIVE ? nextReportDue(assignment.getId()) : null;
        int count = versions.findByAssignmentIdOrderByNumberAsc(assignment.getId()).size();
        return new AssignmentOverview(assignment.getId(), assignment.getWerkgroepId(),
                werkgroepen.get(assignment.getWerkgroepId()).getName(), assignment.getStatus(), version.getDoel(),
                version.getStartDate(), version.getEndDate(), count, due, due != null && due.isBefore(LocalDate.now(clock)));
    }

    private long submit(Assignment assignment, int number, AssignmentForm form) {
        AssignmentVersion version = versions.save(new AssignmentVersion(assignment.getId(), number, form,
                currentUser.username(), Instant.now(clock)));
        String name = werkgroepen.get(assignment.getWerkgroepId()).getName();
        long decisionId = board.prepare(new DecisionRequest(CASE_TYPE, String.valueOf(assignment.getId()),
                limit(dutch("werkgroep.board.subject", name), 300), limit(dutch("werkgroep.board.question", name), 1000),
                limit(proposal(form, number), MAX_PROPOSAL), DecisionMode.ONLINE, null), currentUser.username());
        version.putToBoard(decisionId);
        return decisionId;
    }

    private String proposal(AssignmentForm form, int number) {
        StringBuilder text = new StringBuilder();
        if (number > 1) {
            text.append(dutch("werkgroep.board.revised", number)).append("\n\n");
        }
        text.append(dutch("werkgroep.board.doel")).append(' ').append(form.doel().strip()).append('\n')
                .append(dutch("werkgroep.board.result")).append(' ').append(form.gewenstResultaat().strip()).append('\n')
                .append(dutch("werkgroep.board.timeline", Formats.date(form.startDate(), TranslationProvider.DUTCH),
                        Formats.date(form.endDate(), TranslationProvider.DUTCH)))
                .append('\n');
        if (!form.milestones().isEmpty()) {
            text.append(dutch("werkgroep.board.milestones")).append('\n');
            form.milestones().stream().sorted(Comparator.comparing(Milestone::dueDate)).forEach(m -> text.append("- ")
                    .append(Formats.date(m.dueDate(), TranslationProvider.DUTCH)).append(": ").append(m.description())
                    .append('\n'));
        }
        if (form.theme() != null && !form.theme().isBlank()) {
            text.append(dutch("werkgroep.board.theme")).append(' ').append(form.theme().strip()).append('\n');
        }
        if (form.budget() != null) {
            text.append(dutch("werkgroep.board.budget")).append(' ')
                    .append(Formats.euro(form.budget(), TranslationProvider.DUTCH)).append('\n');
        }
        if (form.composition() != null && !form.composition().isBlank()) {
            text.append(dutch("werkgroep.board.composition")).append(' ').append(form.composition().strip()).append('\n');
        }
        return text.toString();
    }

    /** The assignment's rules: doel and gewenst resultaat filled, end not before start, milestones within the tijdspad. */
    private static void validate(AssignmentForm form) {
        if (form.werkgroepId() == null) {
            throw new DomainException("werkgroep.assignment.werkgroepRequired");
        }
        requireText(form.doel(), MAX_TEXT, "werkgroep.assignment.doelRequired");
        requireText(form.gewenstResultaat(), MAX_TEXT, "werkgroep.assignment.resultRequired");
        if (form.startDate() == null) {
            throw new DomainException("werkgroep.assignment.startRequired");
        }
        if (form.endDate() == null) {
            throw new DomainException("werkgroep.assignment.endRequired");
        }
        if (form.endDate().isBefore(form.startDate())) {
            throw new DomainException("werkgroep.assignment.endBeforeStart");
        }
        for (int i = 0; i < form.milestones().size(); i++) {
            Milestone milestone = form.milestones().get(i);
            if (milestone.dueDate() == null || milestone.description() == null || milestone.description().isBlank()) {
                throw new DomainException("werkgroep.assignment.milestoneIncomplete", i + 1);
            }
            if (milestone.description().length() > MAX_MILESTONE) {
                throw new DomainException("validation.tooLong");
            }
            if (milestone.dueDate().isBefore(form.startDate()) || milestone.dueDate().isAfter(form.endDate())) {
                throw new DomainException("werkgroep.assignment.milestoneOutsideTimeline", i + 1,
                        DUTCH_DATE.format(form.startDate()), DUTCH_DATE.format(form.endDate()));
            }
        }
        if (form.budget() != null && form.budget().signum() < 0) {
            throw new DomainException("werkgroep.assignment.budgetNegative");
        }
        if (form.composition() != null && form.composition().length() > MAX_COMPOSITION) {
            throw new DomainException("validation.tooLong");
        }
        if (form.theme() != null && form.theme().strip().length() > Werkgroep.MAX_THEME) {
            throw new DomainException("werkgroep.themeTooLong", Werkgroep.MAX_THEME);
        }
    }

    private static void validate(ReportForm form) {
        if (form.status() == null) {
            throw new DomainException("werkgroep.report.statusRequired");
        }
        requireText(form.progress(), MAX_TEXT, form.finalReport() ? "werkgroep.report.resultRequired"
                : "werkgroep.report.progressRequired");
        for (String text : new String[] {form.nextSteps(), form.problems()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainException("validation.tooLong");
            }
        }
        BigDecimal used = form.budgetUsed();
        if (used != null && used.signum() < 0) {
            throw new DomainException("werkgroep.report.budgetNegative");
        }
    }

    private Assignment assignmentOfTask(String taskId, String taskDefinitionKey) {
        TaskRow task = tasks.task(taskId);
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())
                || !WerkgroepAssignmentProcess.PROCESS_ID.equals(task.processDefinitionKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey);
        }
        return get(Long.parseLong(task.businessKey()));
    }

    private static String requireText(String text, int max, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (text.strip().length() > max) {
            throw new DomainException("validation.tooLong");
        }
        return text.strip();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String dutch(String key, Object... args) {
        return translations.translate(TranslationProvider.DUTCH, key, args);
    }
}
