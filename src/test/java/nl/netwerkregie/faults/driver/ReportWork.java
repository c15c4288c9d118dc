package nl.netwerkregie.faults.driver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.AssignmentForm;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.ReportForm;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.TimelineStatus;
import nl.netwerkregie.workinggroup.Werkgroep;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepService;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * voorzitter1 files the progress reports of an assignment and coordinator1 accepts each one. The assignment started
 * twenty years ago, so every next report is already due: after each review the process's timer falls due at once
 * and the job executor opens the next report task. Made once (werkgroep, chair's seat, assignment, and the board's
 * approval by {@link VoteWork}'s votes).
 */
final class ReportWork implements Work {

    static final String REPORT = "REPORT";
    static final String REVIEW = "REVIEW";
    static final String WERKGROEP = "Fouttest werkgroep";
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AssignmentService assignments;
    private final AssignmentQueries queries;
    private final WerkgroepService werkgroepen;
    private final OrganisationService organisations;

    ReportWork(TaskService tasks, RuntimeService runtime, AssignmentService assignments, AssignmentQueries queries,
            WerkgroepService werkgroepen, OrganisationService organisations) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.assignments = assignments;
        this.queries = queries;
        this.werkgroepen = werkgroepen;
        this.organisations = organisations;
    }

    @Override
    public boolean step(Journal journal) {
        Optional<Task> report = open(WerkgroepAssignmentProcess.TASK_REPORT);
        if (report.isPresent()) {
            long assignment = assignmentOf(report.get());
            String key = assignment + ":" + queries.nextReportDue(assignment);
            journal.begin(REPORT, key);
            As.run("voorzitter1", Role.WERKGROEP_CHAIR, () -> assignments.submitReport(report.get().getId(),
                    new ReportForm(TimelineStatus.ON_TRACK, "Volgens plan, " + key, null, null, BigDecimal.ZERO, false)));
            journal.ok(REPORT, key);
            return true;
        }
        Optional<Task> review = open(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT);
        if (review.isPresent()) {
            long assignment = assignmentOf(review.get());
            String key = assignment + ":" + As.user("coordinator1", Role.COORDINATOR,
                    () -> queries.latestReport(assignment).getDueDate());
            journal.begin(REVIEW, key);
            As.run("coordinator1", Role.COORDINATOR, () -> assignments.reviewReport(review.get().getId(), true, null));
            journal.ok(REVIEW, key);
            return true;
        }
        return As.user("coordinator1", Role.COORDINATOR, this::setUp);
    }

    /** The werkgroep with voorzitter1 in the chair (voorzitter2 vice chair) and its assignment, each made once (after a crash: what is missing). */
    private boolean setUp() {
        Optional<Werkgroep> werkgroep = werkgroepen.findByName(WERKGROEP);
        if (werkgroep.isEmpty()) {
            werkgroepen.create(new WerkgroepForm(WERKGROEP, true, "Bewustwording", null, null));
            return true;
        }
        long id = werkgroep.get().getId();
        for (SeatRole role : List.of(SeatRole.CHAIR, SeatRole.VICE_CHAIR)) {
            if (werkgroepen.seats(id).stream().noneMatch(seat -> seat.getRole() == role)) {
                String person = role == SeatRole.CHAIR ? "voorzitter1" : "voorzitter2";
                werkgroepen.addSeat(id, werkgroepen.get(id).getVersion(), new SeatForm("Fouttest " + person,
                        organisations.all().get(0).getId(), role, person, person + "@werkgroep.example",
                        LocalDate.now().minusYears(21)));
                return true;
            }
        }
        if (queries.ofWerkgroep(id).isEmpty()) {
            LocalDate start = LocalDate.now().minusYears(20);
            assignments.draft(new AssignmentForm(id, "Fouttest: rapporteren onder storingen",
                    "Elke rapportage precies een keer", "Bewustwording", start, LocalDate.now().plusYears(1), List.of(),
                    new BigDecimal("100.00"), "Voorzitter"));
            return true;
        }
        return false;
    }

    private Optional<Task> open(String step) {
        return tasks.createTaskQuery().processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .taskDefinitionKey(step).listPage(0, 1).stream().findFirst();
    }

    private long assignmentOf(Task task) {
        return Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey());
    }
}
