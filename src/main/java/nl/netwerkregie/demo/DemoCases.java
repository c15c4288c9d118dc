package nl.netwerkregie.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.AssignmentForm;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.Milestone;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few running cases, so that every demo role finds work on its first login: an application for the coordinators'
 * intake, a matter the board votes on online, a meeting decision for the secretary to record, and an approved
 * assignment whose first progress report is due for voorzitter1. Made through the services, as people would, on
 * the first start only (an empty process history). Off in the tests, which make their own cases.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "netwerkregie.demo.cases", havingValue = "true")
@Order(30)
class DemoCases implements ApplicationRunner {

    private final HistoryService history;
    private final TaskService taskService;
    private final AdmissionService admissions;
    private final BoardDecisionService board;
    private final VotingService voting;
    private final WerkgroepService werkgroepen;
    private final AssignmentService assignments;
    private final AssignmentQueries assignmentQueries;

    DemoCases(HistoryService history, TaskService taskService, AdmissionService admissions, BoardDecisionService board,
            VotingService voting, WerkgroepService werkgroepen, AssignmentService assignments,
            AssignmentQueries assignmentQueries) {
        this.history = history;
        this.taskService = taskService;
        this.admissions = admissions;
        this.board = board;
        this.voting = voting;
        this.werkgroepen = werkgroepen;
        this.assignments = assignments;
        this.assignmentQueries = assignmentQueries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().count() > 0
                || werkgroepen.findByName("Deskundigheidsbevordering").isEmpty()) {
            return;
        }
        admissions.apply(new ApplicationForm(new OrganisationDetails("Hospice De Cirkel", OrganisationKind.HOSPICE,
                "Hengelo", new BigDecimal("14.5"), 38, false, "Marga Oude Nijhuis", "bestuur@hospicedecirkel.example",
                List.of(new OrganisationDetails.Contact("Els Hendriks", "els@hospicedecirkel.example", null, null))),
                false, false, List.of("Deskundigheidsbevordering"), null, true));
        long online = as("coordinator1", Role.COORDINATOR, () -> board.putToBoard(
                "Bijdrage regionaal symposium palliatieve zorg 2027",
                "Stemt het bestuur in met een bijdrage van € 2.500 aan het regionale symposium palliatieve zorg 2027?",
                "Voorstel: het netwerk draagt € 2.500 bij uit het budget van thema Bewustwording. Het symposium trekt"
                        + " naar verwachting 200 zorgverleners uit de regio.", DecisionMode.ONLINE, null));
        vote(online, "bestuur6", VoteChoice.YES);
        vote(online, "bestuur7", VoteChoice.ABSTAIN);
        as("coordinator1", Role.COORDINATOR, () -> board.putToBoard("Vergaderschema bestuur 2027",
                "Stelt het bestuur het vergaderschema voor 2027 vast?",
                "Voorstel: zes vergaderingen in 2027, op de tweede dinsdag van de oneven maanden.",
                DecisionMode.MEETING, null));
        runningAssignment();
    }

    /** Started four months ago; its first milestone passed a month ago, so its first report is due (and late). */
    private void runningAssignment() {
        long werkgroep = werkgroepen.findByName("Deskundigheidsbevordering").orElseThrow().getId();
        LocalDate start = LocalDate.now().minusMonths(4);
        long assignment = as("coordinator1", Role.COORDINATOR, () -> assignments.draft(new AssignmentForm(werkgroep,
                "Scholing proactieve zorgplanning voor huisartsen en wijkverpleging organiseren",
                "Drie regionale scholingsavonden; 60 zorgverleners geschoold in proactieve zorgplanning",
                "Bewustwording", start, start.plusMonths(10),
                List.of(new Milestone(start.plusMonths(3), "Programma en sprekers vastgelegd"),
                        new Milestone(start.plusMonths(7), "Drie scholingsavonden gehouden")),
                new BigDecimal("4500.00"), "Voorzitter, vicevoorzitter en twee huisartsen")));
        long decision = assignmentQueries.currentVersion(assignment).getDecisionId();
        for (int m = 1; m <= 5; m++) {
            vote(decision, "bestuur" + m, VoteChoice.YES);
        }
    }

    private void vote(long decisionId, String member, VoteChoice choice) {
        String taskId = taskService.createTaskQuery().processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(decisionId)).taskAssignee(member).singleResult().getId();
        as(member, Role.BOARD_MEMBER, () -> {
            voting.castVote(decisionId, taskId, choice, null);
            return null;
        });
    }

    /** Runs the action logged in as that demo user with that role (the demo loaders act through the services). */
    static <T> T as(String username, Role role, Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
