package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The coordinators' team view (every task of the group, who holds it) and the header's count of new tasks: what
 * they contain, for whom, and that they cost the same few queries however many tasks there are.
 */
@Tag("persistence")
class TeamTasksIT extends IntegrationTest {

    @Autowired TeamTasksService team;
    @Autowired NewTasks newTasks;
    @Autowired TaskPages pages;
    @Autowired TaskListService tasks;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private final List<String> started = new ArrayList<>();

    private String startCase() {
        String id = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "team-" + System.nanoTime()).getId();
        started.add(id);
        return id;
    }

    private void coordinator1TakesAndCoordinator2Looks(String taskId) {
        loginAs("coordinator1");
        tasks.claim(taskId);
        loginAs("coordinator2");
    }

    private String businessKeyOf(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    private String task(String processInstanceId, String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(definitionKey)
                .singleResult().getId();
    }

    @AfterEach
    void endCases() {
        started.forEach(id -> runtimeService.deleteProcessInstance(id, "test"));
    }

    @Test
    void theTeamSeesEveryTaskOfTheGroupTakenOrNotWithWhoHoldsIt() {
        String first = startCase();
        String second = startCase();
        String taken = task(first, "Task_Coordinator");
        String open = task(second, "Task_Coordinator");
        coordinator1TakesAndCoordinator2Looks(taken);
        List<TeamTask> rows = team.coordinatorTasks();
        TeamTask takenRow = rows.stream().filter(t -> t.id().equals(taken)).findFirst().orElseThrow();
        assertThat(takenRow.holder().name()).isEqualTo("Anouk Jansen");
        assertThat(takenRow.holder().since()).isNotNull();
        assertThat(takenRow.step()).isEqualTo("Testtaak coördinator");
        assertThat(takenRow.caseSummary().subject()).startsWith("team-");
        TeamTask openRow = rows.stream().filter(t -> t.id().equals(open)).findFirst().orElseThrow();
        assertThat(openRow.holder()).isNull();
        assertThat(rows).extracting(TeamTask::id)
                .as("not the tasks of other groups, nor a coordinator's personal task")
                .doesNotContain(task(first, "Task_Board"), task(first, "Task_Assigned"));
        assertThat(tasks.myTasks()).extracting(TaskRow::id)
                .as("the colleague's task left Mijn taken; the team view is where it is found").doesNotContain(taken);
    }

    @Test
    void theTeamViewPagesSortsAndFindsAHolderByName() {
        String taken = task(startCase(), "Task_Coordinator");
        String second = startCase();
        String open = task(second, "Task_Coordinator");
        coordinator1TakesAndCoordinator2Looks(taken);

        List<TeamTask> byHolder = team.coordinatorTasks(
                new TaskFilter("jANSEN", null, TaskFilter.Order.CREATED, true), 0, 50);
        assertThat(byHolder).extracting(TeamTask::id).as("Anouk Jansen's task, found by her name")
                .contains(taken).doesNotContain(open);
        List<TeamTask> byNumber = team.coordinatorTasks(
                new TaskFilter(businessKeyOf(second), null, TaskFilter.Order.CREATED, false), 0, 50);
        assertThat(byNumber).extracting(TeamTask::id).containsExactly(open);

        List<TeamTask> newestFirst = team.coordinatorTasks(new TaskFilter(null, null, TaskFilter.Order.CREATED, true),
                0, 2);
        assertThat(newestFirst).hasSize(2);
        assertThat(newestFirst.get(0).created()).isAfterOrEqualTo(newestFirst.get(1).created());
        List<TeamTask> nextPage = team.coordinatorTasks(new TaskFilter(null, null, TaskFilter.Order.CREATED, true),
                2, 2);
        assertThat(nextPage).extracting(TeamTask::id).as("pages do not overlap")
                .doesNotContainAnyElementsOf(newestFirst.stream().map(TeamTask::id).toList());
    }

    @Test
    void onlyCoordinatorsOfTheNetworkSeeItsTeamTasks() {
        String twente = task(startCase(), "Task_Coordinator");
        loginAs("coordinator1");
        assertThat(CurrentNetwork.as("utrecht", () -> team.coordinatorTasks())).extracting(TeamTask::id).doesNotContain(twente);
        ProcessInstance utrecht = CurrentNetwork.as("utrecht",
                () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess", "utrecht-" + System.nanoTime()));
        started.add(utrecht.getId());
        String ofUtrecht = task(utrecht.getId(), "Task_Coordinator");
        assertThat(team.coordinatorTasks()).extracting(TeamTask::id).contains(twente).doesNotContain(ofUtrecht);

        loginAs("secretaris", Role.SECRETARY);
        assertThatThrownBy(team::coordinatorTasks).isInstanceOf(AccessDeniedException.class);
        loginAs("bestuur1");
        assertThatThrownBy(team::coordinatorTasks).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void newTasksAreTheOpenOnesNotOpenedYet() {
        String instance = startCase();
        String group = task(instance, "Task_Coordinator");
        String personal = task(instance, "Task_Assigned");
        loginAs("coordinator1");
        java.util.List<String> both = java.util.List.of(group, personal);
        assertThat(newTasks.unseenAmong(both)).containsExactlyInAnyOrder(group, personal);
        int before = newTasks.count();
        assertThat(before).as("the two newest tasks count").isGreaterThanOrEqualTo(2);

        pages.open(personal);
        assertThat(newTasks.unseenAmong(both)).contains(group).doesNotContain(personal);
        assertThat(newTasks.count()).isEqualTo(before - 1);
        pages.open(personal);
        assertThat(newTasks.count()).as("opened twice is seen once").isEqualTo(before - 1);

        loginAs("coordinator2");
        assertThat(newTasks.unseenAmong(java.util.List.of(group))).as("seen is per person").containsExactly(group);
        tasks.claim(group);
        loginAs("coordinator1");
        assertThat(newTasks.count()).as("a task a colleague took is no longer the user's").isEqualTo(before - 2);
    }

    @Test
    void theHeaderCountsAmongTheNewestHundredSoItNeverReadsAllOfTheUsersTasks() {
        loginAs("coordinator1");
        for (int i = 0; i <= NewTasks.NEWEST; i++) {
            startCase();
        }
        assertThat(newTasks.count()).as("101 new cases, counted up to the cap").isEqualTo(NewTasks.NEWEST);
        String newest = task(startCase(), "Task_Coordinator");
        pages.open(newest);
        assertThat(newTasks.count()).as("one of the newest opened: still counted among the newest hundred only")
                .isBetween(NewTasks.NEWEST - 1, NewTasks.NEWEST);
        assertThat(newTasks.unseenAmong(java.util.List.of(newest))).isEmpty();
    }

    @Test
    void theCountAndTheTeamListTakeAsManyQueriesForManyTasksAsForOne() {
        loginAs("coordinator1");
        String one = startCase();
        tasks.claim(task(one, "Task_Coordinator"));
        newTasks.count();
        team.coordinatorTasks();   // warm caches (process definitions)
        int countForOne = nl.netwerkregie.Statements.count(newTasks::count).size();
        int teamForOne = nl.netwerkregie.Statements.count(() -> team.coordinatorTasks(TeamTasksService.BY_DUE, 0, 50))
                .size();
        assertThat(countForOne).as("the user's groups, their tasks and the ones they saw").isEqualTo(3);
        assertThat(teamForOne).as("tasks, instances, claims, names (and the describers of other tests' cases)")
                .isGreaterThanOrEqualTo(4);
        for (int i = 0; i < 6; i++) {
            String more = startCase();
            if (i % 2 == 0) {
                loginAs("coordinator2");
                tasks.claim(task(more, "Task_Coordinator"));
                loginAs("coordinator1");
            }
        }
        assertThat(nl.netwerkregie.Statements.count(newTasks::count).size()).isEqualTo(countForOne);
        assertThat(nl.netwerkregie.Statements.count(() -> team.coordinatorTasks(TeamTasksService.BY_DUE, 0, 50))
                .size()).isLessThanOrEqualTo(teamForOne);
    }
}
