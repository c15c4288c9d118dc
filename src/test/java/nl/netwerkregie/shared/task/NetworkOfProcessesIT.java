package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine side of many networks: an instance carries the network it was started for, a network's task lists
 * show only its own tasks, and instances from before the networks join the installation's network.
 */
@Tag("persistence")
class NetworkOfProcessesIT extends IntegrationTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TaskListService tasks;
    @Autowired CaseOverviewService cases;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTaskOfAnotherNetworkIsNotInMyTasksNorOpenForMe() {
        loginAs("coordinator1");
        ProcessInstance utrecht = CurrentNetwork.as("utrecht",
                () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess", "utrecht-case"));
        try {
            assertThat(utrecht.getTenantId()).isEqualTo("utrecht");
            Task task = taskService.createTaskQuery().processInstanceId(utrecht.getId())
                    .taskDefinitionKey("Task_Coordinator").singleResult();

            assertThat(tasks.myTasks()).extracting(TaskRow::id).doesNotContain(task.getId());
            assertThat(cases.openCases(null, true, 0, 500)).extracting(OpenCase::processInstanceId).doesNotContain(utrecht.getId());
            assertThatThrownBy(() -> tasks.requireMyTask(task.getId())).isInstanceOf(DomainException.class)
                    .hasMessageContaining("task.gone");
            assertThat(CurrentNetwork.as("utrecht", () -> tasks.myTasks())).extracting(TaskRow::id).contains(task.getId());
        } finally {
            runtimeService.deleteProcessInstance(utrecht.getId(), "test");
        }
    }

    @Test
    void anInstanceFromBeforeTheNetworksJoinsTheInstallationsNetwork() throws Exception {
        loginAs("coordinator1");
        ProcessInstance old = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "old-case");
        Task task = taskService.createTaskQuery().processInstanceId(old.getId()).taskDefinitionKey("Task_Coordinator")
                .singleResult();
        jdbc.update("update ACT_RU_TASK set TENANT_ID_ = null where PROC_INST_ID_ = ?", old.getId());
        jdbc.update("update ACT_RU_EXECUTION set TENANT_ID_ = null where PROC_INST_ID_ = ?", old.getId());
        assertThat(tasks.myTasks()).extracting(TaskRow::id).doesNotContain(task.getId());

        upgrade.on(new nl.netwerkregie.network.NetworkRegistered("twente"));

        assertThat(tasks.myTasks()).extracting(TaskRow::id).contains(task.getId());
        runtimeService.deleteProcessInstance(old.getId(), "test");
    }

    @Autowired OldInstancesToTheInstallationNetwork upgrade;
}
