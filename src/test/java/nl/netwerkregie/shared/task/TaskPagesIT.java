package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two coordinators and one task of their group: opening it offers to take it, a colleague's task says who holds it
 * since when and cannot be completed beside them, taking it over is explicit and logged (issue 14, "in the app").
 */
@Tag("persistence")
@ExtendWith(OutputCaptureExtension.class)
class TaskPagesIT extends IntegrationTest {

    @Autowired TaskPages pages;
    @Autowired TaskListService tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    String processInstanceId;
    String groupTask;

    @BeforeEach
    void startCase() {
        processInstanceId = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "pages-" + System.nanoTime())
                .getId();
        groupTask = taskId("Task_Coordinator");
    }

    private String taskId(String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(definitionKey)
                .singleResult().getId();
    }

    /** Other tests count open tasks and late ones (the reminder mails): this case leaves none behind. */
    @AfterEach
    void endCase() {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtimeService.deleteProcessInstance(processInstanceId, "test over");
        }
    }

    private String assigneeOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void openingAGroupTaskNobodyTookOffersToTakeItAndTakingItRecordsSinceWhen() {
        loginAs("coordinator2");
        TaskPage opened = pages.open(groupTask);
        assertThat(opened.unclaimed()).isTrue();
        assertThat(opened.heldByOther()).isFalse();
        assertThat(opened.task().step()).isEqualTo("Testtaak coördinator");

        tasks.claim(groupTask);
        TaskPage taken = pages.open(groupTask);
        assertThat(taken.mine()).isTrue();
        assertThat(taken.unclaimed()).isFalse();
        assertThat(taken.holder().name()).isEqualTo("Marieke Bosch");
        assertThat(taken.holder().since()).isNotNull();
    }

    @Test
    void aColleaguesTaskSaysWhoAndSinceWhenAndCannotBeCompletedBesideThem() {
        loginAs("coordinator1");
        tasks.claim(groupTask);

        loginAs("coordinator2");
        TaskPage page = pages.open(groupTask);
        assertThat(page.heldByOther()).isTrue();
        assertThat(page.holder().name()).isEqualTo("Anouk Jansen");
        assertThat(page.holder().since()).isNotNull();
        assertThatThrownBy(() -> tasks.complete(groupTask, Map.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.takenBy").hasMessageContaining("Anouk Jansen");
        assertThat(assigneeOf(groupTask)).isEqualTo("coordinator1");
    }

    @Test
    void takenByAColleagueBetweenOpeningAndSubmittingTellsWhoAndKeepsTheTaskOpen() {
        loginAs("coordinator2");
        assertThat(pages.open(groupTask).unclaimed()).isTrue();

        loginAs("coordinator1");   // meanwhile, in another session
        tasks.claim(groupTask);

        loginAs("coordinator2");
        assertThatThrownBy(() -> tasks.complete(groupTask, Map.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.takenBy").hasMessageContaining("Anouk Jansen");
        assertThatThrownBy(() -> tasks.claim(groupTask)).hasMessageContaining("task.takenBy");
        assertThat(taskService.createTaskQuery().taskId(groupTask).count()).isEqualTo(1);
        assertThat(assigneeOf(groupTask)).isEqualTo("coordinator1");
    }

    @Test
    void takingOverIsExplicitLoggedAndMovesTheClaimTime(CapturedOutput log) {
        loginAs("coordinator1");
        tasks.claim(groupTask);
        jdbc.update("update task_claim set claimed_at = timestamp '2020-01-01 10:00:00' where task_id = ?", groupTask);
        loginAs("coordinator2");
        assertThat(pages.open(groupTask).holder().since()).isBefore(java.time.Instant.parse("2020-01-02T00:00:00Z"));

        pages.takeOver(groupTask);

        assertThat(assigneeOf(groupTask)).isEqualTo("coordinator2");
        TaskPage page = pages.open(groupTask);
        assertThat(page.mine()).isTrue();
        assertThat(page.holder().since()).isAfter(java.time.Instant.parse("2020-01-02T00:00:00Z"));
        assertThat(log.getOut()).contains("Task " + groupTask + " (Testtaak coördinator) taken over by coordinator2 from coordinator1");
        tasks.complete(groupTask, Map.of());
        assertThat(taskService.createTaskQuery().taskId(groupTask).count()).isZero();
    }

    @Test
    void aTaskForOnePersonAloneIsNotOpenToTheirGroupNorTakenOver() {
        String personal = taskId("Task_Assigned");   // coordinator1's, offered to no group
        loginAs("coordinator2");
        assertThatThrownBy(() -> pages.open(personal)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pages.takeOver(personal)).isInstanceOf(AccessDeniedException.class);
        assertThat(assigneeOf(personal)).isEqualTo("coordinator1");
    }

    @Test
    void aTaskOfAnotherGroupOrNetworkCannotBeOpenedNorTakenOver() {
        loginAs("bestuur1");
        assertThatThrownBy(() -> pages.open(groupTask)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pages.takeOver(groupTask)).isInstanceOf(AccessDeniedException.class);

        loginAs("coordinator1");
        ProcessInstance utrecht = CurrentNetwork.as("utrecht",
                () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess", "utrecht-" + System.nanoTime()));
        try {
            String ofUtrecht = taskService.createTaskQuery().processInstanceId(utrecht.getId())
                    .taskDefinitionKey("Task_Coordinator").singleResult().getId();
            assertThatThrownBy(() -> pages.takeOver(ofUtrecht)).hasMessageContaining("task.gone");
            assertThatThrownBy(() -> pages.open(ofUtrecht)).hasMessageContaining("task.gone");
        } finally {
            runtimeService.deleteProcessInstance(utrecht.getId(), "test");
        }
    }

    @Test
    void everyWayOfTakingATaskRecordsItsTimeAndADoneTaskTakesItsRowsAlong() {
        taskService.claim(groupTask, "coordinator2");   // as Camunda Tasklist or the REST API would
        assertThat(claimRows(groupTask)).isEqualTo(1);
        loginAs("coordinator1");
        assertThat(pages.open(groupTask).holder().since()).isNotNull();

        taskService.setAssignee(groupTask, null);
        assertThat(claimRows(groupTask)).isZero();

        loginAs("coordinator2");
        pages.open(groupTask);
        assertThat(jdbc.queryForObject("select count(*) from task_seen where task_id = ?", Integer.class, groupTask))
                .isEqualTo(2);
        tasks.complete(groupTask, Map.of());
        assertThat(claimRows(groupTask)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from task_seen where task_id = ?", Integer.class, groupTask))
                .isZero();
    }

    private int claimRows(String taskId) {
        return jdbc.queryForObject("select count(*) from task_claim where task_id = ?", Integer.class, taskId);
    }
}
