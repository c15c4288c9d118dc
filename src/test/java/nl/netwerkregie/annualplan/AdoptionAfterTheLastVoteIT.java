package nl.netwerkregie.annualplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.AsyncJobs;
import nl.netwerkregie.FaultInjection;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionOutcome;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.shared.task.CaseOverviewService;
import nl.netwerkregie.shared.task.OpenCase;
import nl.netwerkregie.shared.ui.CasesView;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The last board vote on a jaarplan commits even when the adoption after it (PDF, mail to every member) fails:
 * the adoption is an async continuation that is tried again, then becomes an incident the coordinators see in
 * Lopende zaken (the service and the page), and goes through once the fault is gone. On H2 and on PostgreSQL (persistence tag).
 */
@Tag("persistence")
class AdoptionAfterTheLastVoteIT extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries plans;
    @Autowired BoardDecisionService board;
    @Autowired VotingService voting;
    @Autowired CaseOverviewService overview;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AsyncJobs asyncJobs;
    @Autowired FaultInjection faults;

    @AfterEach
    void heal() {
        faults.clear();
    }

    @Test
    void theLastVoteCommitsTheFailingAdoptionIsRetriedThenAnIncidentThatCoordinatorsSee() {
        int year = YEARS.getAndIncrement();
        loginAs("coordinator1");
        long id = jaarplannen.create(year, "Jaarplan " + year);
        jaarplannen.save(id, plans.get(id).version(),
                JaarplanApprovalProcessTest.content("Async " + year, new BigDecimal("275.00")));
        jaarplannen.submit(id, plans.get(id).version());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(JaarplanApprovalProcess.PROCESS_ID).processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
        loginAs("coordinator2");
        jaarplannen.recordAdvice(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                "Positief.", null);
        long decisionId = plans.get(id).decisionId();
        ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();

        faults.failAt(JaarplanApprovalProcess.TASK_ADOPT_PLAN);
        for (int m = 1; m <= 5; m++) {
            loginAs("bestuur" + m);
            String taskId = taskService.createTaskQuery().processInstanceId(decision.getId())
                    .taskAssignee("bestuur" + m).singleResult().getId();
            // The fifth vote settles it; it returns normally: the adoption has not run in this click.
            voting.castVote(decisionId, taskId, VoteChoice.YES, null);
        }
        assertThat(board.votes(decisionId)).hasSize(5);
        assertThat(faults.attempts()).isZero();

        asyncJobs.runAll();

        // The board's side is done and stays done: the decision is closed as adopted.
        assertThat(board.get(decisionId).getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(faults.attempts()).isEqualTo(1);
        loginAs("coordinator1");
        assertThat(plans.get(id).status()).isNotEqualTo(JaarplanStatus.ADOPTED);
        Job adoption = managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(JaarplanApprovalProcess.TASK_ADOPT_PLAN).singleResult();
        assertThat(adoption.getExceptionMessage()).contains("Injected fault");
        assertThat(adoption.getRetries()).isPositive();
        // The next attempt waits for the retry cycle (R3/PT5M), so it is not due yet.
        assertThat(adoption.getDuedate()).isInTheFuture();

        // The job executor tries again until the retries are used up; then it is an incident.
        int retries = adoption.getRetries();
        for (int attempt = 0; attempt < retries; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(adoption.getId()))
                    .hasMessageContaining("Injected fault at " + JaarplanApprovalProcess.TASK_ADOPT_PLAN);
        }
        assertThat(faults.attempts()).isEqualTo(1 + retries);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(JaarplanApprovalProcess.TASK_ADOPT_PLAN);
        assertThat(incident.getIncidentMessage()).contains("Injected fault");

        // Lopende zaken shows the failed step to the coordinators.
        loginAs("coordinator1");
        List<OpenCase> cases = overview.openCases(null, true, 0, 500);
        OpenCase jaarplan = cases.stream().filter(c -> c.processInstanceId().equals(pi.getId())).findFirst().orElseThrow();
        assertThat(jaarplan.failedSteps()).containsExactly("Jaarplan vaststellen en delen");
        assertThat(cases.stream().filter(c -> !c.failedSteps().isEmpty())).hasSize(1);
        login("coordinator1");
        UI.getCurrent().navigate(CasesView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenCase> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        // Newest first: the shared test database holds older cases than a page.
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("age"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        List<OpenCase> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        int row = rows.indexOf(rows.stream().filter(c -> c.processInstanceId().equals(pi.getId())).findFirst().orElseThrow());
        Component steps = GridKt._getCellComponent(grid, row, "steps");
        assertThat(steps.getElement().getTextRecursively()).contains("Storing: Jaarplan vaststellen en delen");

        // The fault is mended and the operator retries (Cockpit, or here the engine's API): the plan is adopted.
        faults.clear();
        managementService.setJobRetries(adoption.getId(), 1);
        managementService.executeJob(adoption.getId());
        assertThat(plans.get(id).status()).isEqualTo(JaarplanStatus.ADOPTED);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
