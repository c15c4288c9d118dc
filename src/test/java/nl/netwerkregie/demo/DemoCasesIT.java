package nl.netwerkregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's running cases (a context of its own, since the other tests keep their database free of them): every
 * role finds work on its first login, and a restart adds nothing.
 */
// A context with other settings: it runs in a JVM of its own (surefire execution "own-jvm", see the pom), because
// Camunda's static registries would let a second context in the shared JVM disturb the first one's Cockpit.
@Tag("own-jvm")
@TestPropertySource(properties = "netwerkregie.demo.cases=true")
class DemoCasesIT extends IntegrationTest {

    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired DemoCases demoCases;
    @Autowired DemoEvaluation demoEvaluation;
    @Autowired DemoBudget demoBudget;
    @Autowired DemoSelfEvaluations demoSelfEvaluations;
    @Autowired nl.netwerkregie.selfevaluation.SelfEvaluationQueries selfEvaluations;
    @Autowired nl.netwerkregie.membership.OrganisationService organisations;

    @Test
    void everyDemoRoleFindsWorkAndARestartAddsNothing() throws Exception {
        assertThat(taskService.createTaskQuery().processDefinitionKey(AdmissionProcess.PROCESS_ID)
                .taskDefinitionKey(AdmissionProcess.TASK_INTAKE).taskCandidateGroup("coordinator").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(BoardDecisionProcess.TASK_VOTE)
                .taskAssignee("bestuur1").count()).as("the symposium vote").isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(BoardDecisionProcess.TASK_VOTE)
                .taskAssignee("bestuur6").count()).as("bestuur6 already voted").isZero();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(BoardDecisionProcess.TASK_RECORD_MEETING)
                .taskCandidateGroup("secretary").count()).isEqualTo(1);
        // The approved assignment starts after the board's decision and its first report is due already; the demo's
        // job executor does both at once (the tests run jobs themselves).
        asyncJobs.runAll();
        var reportDue = managementService.createJobQuery().processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .activityId(WerkgroepAssignmentProcess.TIMER_REPORT_DUE).singleResult();
        assertThat(reportDue.getDuedate()).isBefore(new Date());
        managementService.executeJob(reportDue.getId());
        assertThat(taskService.createTaskQuery().taskDefinitionKey(WerkgroepAssignmentProcess.TASK_REPORT)
                .taskCandidateUser("voorzitter1").count()).isEqualTo(1);

        // The year's evaluation of the cooperation: contact2 and bestuur5 still have the questionnaire, contact1 answered.
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AnswerQuestionnaire")
                .taskCandidateUser("contact2").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AnswerQuestionnaire")
                .taskCandidateUser("bestuur5").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AnswerQuestionnaire")
                .taskCandidateUser("contact1").count()).isZero();

        // contact1's organisation is invited to the self-evaluation; Hospice Het Lichtpunt's scores compare two years.
        assertThat(taskService.createTaskQuery()
                .taskDefinitionKey(nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess.TASK_FILL_IN)
                .taskCandidateUser("contact1").count()).isEqualTo(1);
        loginAs("coordinator1");
        long hospice = organisations.members().stream().filter(o -> o.getName().equals("Hospice Het Lichtpunt"))
                .findFirst().orElseThrow().getId();
        assertThat(selfEvaluations.scoresOverYears(hospice).years()).hasSize(2);

        long cases = historyService.createHistoricProcessInstanceQuery().count();
        demoCases.run(null);
        demoEvaluation.run(null);
        demoBudget.run(null);
        demoSelfEvaluations.run(null);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(cases);
    }
}
