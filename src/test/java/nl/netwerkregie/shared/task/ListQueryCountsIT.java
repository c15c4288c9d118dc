package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Statements;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of a list costs the same number of SQL statements with 10 cases as with 1,000 (issue 15): the count is
 * taken on the real data source (datasource-proxy), the engine's statements and ours. Cases of every process with
 * a coordinators' task, each waiting there. On H2 and PostgreSQL.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListQueryCountsIT extends IntegrationTest {

    private static final String NETWORK = "twente";
    private static final int PAGE = 50;

    @Autowired RuntimeService runtime;
    @Autowired CaseOverviewService overview;

    private final List<String> started = new ArrayList<>();

    @AfterAll
    void removeTheCases() {
        started.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
    }

    @Test
    void lopendeZakenCostsTheSameWith10AsWith1000Cases() {
        loginAs("coordinator1");
        startCases(10);
        Statements.Counted<List<OpenCase>> few = Statements.count(() -> overview.openCases(null, true, 0, PAGE));
        startCases(1_000);
        Statements.Counted<List<OpenCase>> many = Statements.count(() -> overview.openCases(null, true, 0, PAGE));

        System.out.printf("QUERIES Lopende zaken page of %d: %d statements with 10 cases, %d with 1,010%n", PAGE,
                few.size(), many.size());
        assertThat(many.result()).hasSize(PAGE);
        assertThat(many.result()).allSatisfy(c -> assertThat(c.steps()).isNotEmpty());
        assertThat(many.size()).as("with 1,000 cases: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
        assertThat(many.size()).as("a fixed handful: %s", many).isLessThanOrEqualTo(15);
    }

    /** n cases, spread over the processes, each waiting at its first coordinators' task. */
    private void startCases(int n) {
        List<String[]> waits = new ArrayList<>();
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            var model = Bpmn.readModelFromFile(file);
            String process = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                    .iterator().next().getId();
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(t -> "coordinator".equals(t.getCamundaCandidateGroups())).findFirst()
                    .ifPresent(t -> waits.add(new String[] {process, t.getId()}));
        }
        for (int i = 0; i < n; i++) {
            String[] wait = waits.get(i % waits.size());
            String key = String.valueOf(900_000_000L + started.size());
            ProcessInstance pi = CurrentNetwork.as(NETWORK, () -> runtime.createProcessInstanceByKey(wait[0])
                    .businessKey(key).startBeforeActivity(wait[1]).execute(false, true));
            started.add(pi.getId());
        }
    }
}
