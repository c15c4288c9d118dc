package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@Tag("persistence")
class TaskListServiceIT extends IntegrationTest {

    @Autowired
    TaskListService tasks;
    @Autowired
    CaseOverviewService overview;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @org.springframework.beans.factory.annotation.Autowired
    nl.netwerkregie.board.BoardDecisionService board;

    String processInstanceId;
    String businessKey;

    @BeforeEach
    void startCase() {
        businessKey = "test-" + System.nanoTime();
        processInstanceId = runtimeService.startProcessInstanceByKey("TaskListTestProcess", businessKey).getId();
    }

    private String taskId(String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(definitionKey).singleResult().getId();
    }

    @Test
    void eachRoleSeesTheTasksOfItsGroupAndNotOthers() {
        loginAs("bestuur1");
        assertThat(tasks.myTasks()).filteredOn(t -> t.processInstanceId().equals(processInstanceId))
                .extracting(TaskRow::taskDefinitionKey).containsExactly("Task_Board");

        loginAs("coordinator1");
        assertThat(tasks.myTasks()).filteredOn(t -> t.processInstanceId().equals(processInstanceId))
                .extracting(TaskRow::taskDefinitionKey).containsExactlyInAnyOrder("Task_Coordinator", "Task_Assigned");

        loginAs("coordinator2");
        assertThat(tasks.myTasks()).filteredOn(t -> t.processInstanceId().equals(processInstanceId))
                .extracting(TaskRow::taskDefinitionKey).containsExactly("Task_Coordinator");
    }

    @Test
    void rowsCarryTheCaseAndTheDueDate() {
        loginAs("coordinator1");
        TaskRow assigned = tasks.task(taskId("Task_Assigned"));
        assertThat(assigned.businessKey()).isEqualTo(businessKey);
        assertThat(assigned.processDefinitionKey()).isEqualTo("TaskListTestProcess");
        assertThat(assigned.caseSummary().subject()).isEqualTo(businessKey);
        assertThat(assigned.assignee()).isEqualTo("coordinator1");
        assertThat(assigned.due()).isNotNull();
    }

    @Test
    void aSearchFindsTheCaseBySubjectOnAPageThatDidNotHoldItAndFiltersByKind() {
        loginAs("coordinator1");
        String subject = "Zoekbaar Onderwerp " + System.nanoTime();
        long decision = board.putToBoard(subject, "Akkoord?", "Voorstel", nl.netwerkregie.board.DecisionMode.ONLINE,
                null);
        asyncJobs.runAll();
        loginAs("bestuur1");
        TaskFilter search = new TaskFilter(subject.toLowerCase(), null, TaskFilter.Order.CREATED, true);
        assertThat(tasks.myTasks(search, 0, 50)).extracting(TaskRow::businessKey)
                .containsExactly(String.valueOf(decision));
        assertThat(tasks.myTasks(new TaskFilter(subject, "AdmissionProcess", TaskFilter.Order.CREATED, false), 0, 50))
                .isEmpty();
        assertThat(tasks.myTasks(new TaskFilter("testtaak", "TaskListTestProcess", TaskFilter.Order.DUE, false), 0, 500))
                .isNotEmpty().allSatisfy(t -> assertThat(t.step()).startsWith("Testtaak"));
        runtimeService.deleteProcessInstance(taskService.createTaskQuery()
                .processDefinitionKey("BoardDecisionProcess")
                        .processInstanceBusinessKey(String.valueOf(decision)).list().get(0).getProcessInstanceId(), "test");
    }

    @Test
    void aFollowUpDateIsMyOwnAndOnlyForTasksIMayDo() {
        String coordinatorTask = taskId("Task_Coordinator");
        java.time.LocalDate friday = java.time.LocalDate.now().plusDays(3);
        loginAs("coordinator1");
        tasks.followUp(coordinatorTask, friday);
        assertThat(tasks.task(coordinatorTask).followUp()).isEqualTo(friday);
        assertThat(tasks.myTasks()).filteredOn(t -> t.id().equals(coordinatorTask))
                .extracting(TaskRow::followUp).containsExactly(friday);
        tasks.followUp(coordinatorTask, null);
        assertThat(tasks.task(coordinatorTask).followUp()).isNull();

        loginAs("bestuur1");
        assertThatThrownBy(() -> tasks.followUp(coordinatorTask, friday)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUserCannotCompleteATaskThatIsNeitherAssignedToThemNorOfferedToTheirGroups() {
        String coordinatorTask = taskId("Task_Coordinator");
        loginAs("bestuur1");
        assertThatThrownBy(() -> tasks.complete(coordinatorTask, Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.claim(coordinatorTask)).isInstanceOf(AccessDeniedException.class);
        assertThat(taskService.createTaskQuery().taskId(coordinatorTask).count()).isEqualTo(1);
    }

    @Test
    void aTaskAssignedToSomeoneElseCannotBeCompletedEvenByTheirGroup() {
        String assignedTask = taskId("Task_Assigned");
        loginAs("coordinator2");
        assertThatThrownBy(() -> tasks.complete(assignedTask, Map.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void claimUnclaimAndComplete() {
        String coordinatorTask = taskId("Task_Coordinator");
        loginAs("coordinator2");
        tasks.claim(coordinatorTask);
        assertThat(taskService.createTaskQuery().taskId(coordinatorTask).singleResult().getAssignee()).isEqualTo("coordinator2");

        loginAs("coordinator1");
        assertThatThrownBy(() -> tasks.complete(coordinatorTask, Map.of()))
                .as("a colleague of the group is told who took it, not refused as a stranger")
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("task.takenBy"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("Marieke Bosch"));

        loginAs("coordinator2");
        tasks.unclaim(coordinatorTask);
        assertThat(taskService.createTaskQuery().taskId(coordinatorTask).singleResult().getAssignee()).isNull();

        loginAs("coordinator1");
        tasks.complete(coordinatorTask, Map.of());
        assertThat(taskService.createTaskQuery().taskId(coordinatorTask).count()).isZero();
    }

    @Test
    void aPersonalTaskCannotBeGivenBack() {
        String assignedTask = taskId("Task_Assigned");
        loginAs("coordinator1");
        assertThat(tasks.task(assignedTask).shared()).isFalse();
        assertThatThrownBy(() -> tasks.unclaim(assignedTask))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("task.personal");
        assertThat(taskService.createTaskQuery().taskId(assignedTask).singleResult().getAssignee()).isEqualTo("coordinator1");
    }

    @Test
    void aTaskCompletedMeanwhileGivesAClearMessage() {
        String boardTask = taskId("Task_Board");
        loginAs("bestuur1");
        tasks.complete(boardTask, Map.of());
        loginAs("bestuur2");
        assertThatThrownBy(() -> tasks.complete(boardTask, Map.of()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("task.gone");
    }

    @Test
    void theOverviewShowsEveryOpenCaseWithItsStepsAndHolders() {
        loginAs("coordinator1");
        OpenCase open = overview.openCases(null, true, 0, 500).stream()
                .filter(c -> c.processInstanceId().equals(processInstanceId)).findFirst().orElseThrow();
        assertThat(open.businessKey()).isEqualTo(businessKey);
        assertThat(open.steps()).contains("Testtaak coördinator", "Testtaak bestuur", "Testtaak voor coordinator1");
        assertThat(open.holders()).contains("group:coordinator", "coordinator1");
        assertThat(open.started()).isNotNull();

        loginAs("bestuur1", Role.BOARD_MEMBER);
        assertThatThrownBy(() -> overview.openCases(null, true, 0, 500)).isInstanceOf(AccessDeniedException.class);
    }
}
