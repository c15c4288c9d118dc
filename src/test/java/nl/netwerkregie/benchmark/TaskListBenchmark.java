package nl.netwerkregie.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.shared.task.CaseOverviewService;
import nl.netwerkregie.shared.task.TaskFilter;
import nl.netwerkregie.shared.task.TaskListService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long the screens' queries take with a realistic load: 100 open board decisions (800 vote tasks)
 * and 100 cases of the task-list test process. Figures only, no assertions on time (machines differ).
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=TaskListBenchmark}.
 */
@Tag("benchmark")
class TaskListBenchmark extends IntegrationTest {

    private static final int CASES = 100;
    private static final int ROUNDS = 20;

    @Autowired TaskListService tasks;
    @Autowired CaseOverviewService overview;
    @Autowired BoardDecisionService decisions;
    @Autowired RuntimeService runtimeService;

    @Test
    void printTimings() {
        loginAs("coordinator1");
        for (int i = 0; i < CASES; i++) {
            decisions.putToBoard("Benchmark " + i, "Vraag " + i + "?", "Voorstel " + i, DecisionMode.ONLINE, null);
            runtimeService.startProcessInstanceByKey("TaskListTestProcess", "bench-" + i);
        }
        report("Mijn taken (coordinator1, first page)", () -> tasks.myTasks(TaskFilter.ALL, 0, 50).size());
        report("Lopende zaken (coordinator1)", () -> overview.openCases(null, false, 0, 50).size());
        loginAs("bestuur1");
        report("Mijn taken (bestuur1, first page)", () -> tasks.myTasks(TaskFilter.ALL, 0, 50).size());
        report("Besluitenlijst (bestuur1, first page)",
                () -> decisions.page(org.springframework.data.domain.PageRequest.of(0, 50)).size());
    }

    private static void report(String what, java.util.function.IntSupplier query) {
        int rows = query.getAsInt(); // warm up
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            query.getAsInt();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK %-40s rows=%4d  median=%6.1f ms  p90=%6.1f ms  max=%6.1f ms%n", what, rows,
                micros.get(ROUNDS / 2) / 1000.0, micros.get(ROUNDS * 9 / 10) / 1000.0, micros.get(ROUNDS - 1) / 1000.0);
    }
}
