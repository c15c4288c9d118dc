package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job (here an async step) runs for the network of its process instance, whoever executes it: the job executor's
 * thread, or a test thread that works for another network. Its JPA reads are that network's too.
 */
@Tag("persistence")
class NetworkOfJobsIT extends IntegrationTest {

    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired OrganisationService organisations;

    @Test
    void anAsyncStepRunsForItsInstancesNetwork() {
        loginAs("coordinator1");
        long utrechtOrganisations = CurrentNetwork.as("utrecht", organisations::count);
        long twenteOrganisations = CurrentNetwork.as("twente", organisations::count);
        assertThat(utrechtOrganisations).isNotEqualTo(twenteOrganisations);
        ProcessInstance utrecht = CurrentNetwork.as("utrecht",
                () -> runtimeService.startProcessInstanceByKey("NetworkOfJobsTestProcess"));
        try {
            String job = managementService.createJobQuery().processInstanceId(utrecht.getId()).singleResult().getId();
            // Executed from a thread that works for Twente: the job still runs for Utrecht.
            CurrentNetwork.run("twente", () -> managementService.executeJob(job));

            assertThat(runtimeService.getVariable(utrecht.getId(), "network")).isEqualTo("utrecht");
            assertThat(runtimeService.getVariable(utrecht.getId(), "organisations")).isEqualTo(utrechtOrganisations);
        } finally {
            runtimeService.deleteProcessInstance(utrecht.getId(), "test done");
        }
    }
}
