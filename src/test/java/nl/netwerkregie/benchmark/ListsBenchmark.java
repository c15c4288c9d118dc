package nl.netwerkregie.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Statements;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.shared.task.CaseOverviewService;
import nl.netwerkregie.shared.task.TaskFilter;
import nl.netwerkregie.shared.task.TaskListService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lists and the votes beside the bare engine, at 1k, 10k and 100k open tasks (issue 15), in one run on the test
 * PostgreSQL: {@code ./mvnw -Pbenchmark test -Dtest=ListsBenchmark}. Prints {@code BENCHMARK ...} lines and
 * asserts nothing about time (machines differ). The load is realistic cases of every process, through the app's own
 * describers: per round one board decision put to the board (eight vote tasks, each with its mails in the outbox)
 * and two cases of the other processes waiting at a coordinators' step, on business keys of the demo's real records.
 * Each measurement alternates the app and the bare call, so drift on the machine hits both alike.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsBenchmark extends IntegrationTest {

    static final String NETWORK = "twente";
    private static final int PAGE = 50;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 40);
    private static final int COMPLETIONS = Integer.getInteger("benchmark.completions", 200);

    @Autowired TaskListService tasks;
    @Autowired CaseOverviewService overview;
    @Autowired BoardDecisionService decisions;
    @Autowired VotingService voting;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired nl.netwerkregie.security.CurrentUser currentUser;
    @LocalServerPort int port;

    private final List<Long> seededDecisions = new ArrayList<>();
    private int nextUnvoted;
    private final Map<Integer, Map<String, Double>> p95ByLevel = new java.util.TreeMap<>();

    @Test
    void printFigures() throws Exception {
        Load load = new Load(this, runtime, decisions, new JdbcTemplate(dataSource));
        SessionHeap heap = new SessionHeap(port);
        try {
            List<Integer> levels = java.util.Arrays.stream(System.getProperty("benchmark.levels", "1000,10000,100000")
                    .split(",")).map(String::strip).map(Integer::valueOf).toList();
            for (int level : levels) {
                seededDecisions.addAll(load.upTo(level));
                int open = load.openTasks();
                lists(open);
                completions(open, 1);
                completions(open, 2);
                if (level == levels.get(0) || level == levels.get(levels.size() - 1)) {
                    heap.measure(open, List.of(1, 20, 50));
                }
            }
            growth();
            indexEffect(load);
        } finally {
            heap.close();
        }
    }

    private void lists(int open) throws Exception {
        loginAs("coordinator1");
        compare("mijn_taken_coordinator", open, () -> tasks.myTasks(TaskFilter.ALL, 0, PAGE).size(),
                this::barePage);
        compare("lopende_zaken", open, () -> overview.openCases(null, false, 0, PAGE).size(), this::barePage);
        loginAs("bestuur1");
        compare("mijn_taken_board_member", open, () -> tasks.myTasks(TaskFilter.ALL, 0, PAGE).size(),
                this::barePage);
        compare("besluitenlijst", open, () -> decisions.page(PageRequest.of(0, PAGE)).size(), this::barePage);
    }

    /**
     * Camunda's own page of 50 for the same person and groups, oldest first as Mijn taken shows it: what a generic
     * task list costs, with nothing described.
     */
    private int barePage() {
        String me = currentUser.username();
        List<String> groups = currentUser.groupIds();
        TaskQuery anyOf = taskService.createTaskQuery().tenantIdIn(NETWORK).or().taskAssignee(me)
                .taskCandidateUser(me);
        if (!groups.isEmpty()) {
            anyOf.taskCandidateGroupIn(new ArrayList<>(groups));
        }
        TaskQuery query = anyOf.endOr();
        return query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, PAGE).size();
    }

    private void compare(String name, int open, Callable<Integer> app, Callable<Integer> bare) throws Exception {
        for (int i = 0; i < 3; i++) { // warm up the caches and the JIT
            app.call();
            bare.call();
        }
        Timings appTimes = new Timings();
        Timings bareTimes = new Timings();
        for (int i = 0; i < ROUNDS; i++) {
            appTimes.time(app);
            bareTimes.time(bare);
        }
        int appStatements = Statements.count(app).size();
        int bareStatements = Statements.count(bare).size();
        p95ByLevel.computeIfAbsent(open, k -> new java.util.HashMap<>()).put(name, appTimes.p95());
        p95ByLevel.get(open).put(name + "_bare", bareTimes.p95());
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK %s open=%d app_p50_ms=%.1f app_p95_ms=%.1f "
                        + "bare_p50_ms=%.1f bare_p95_ms=%.1f ratio=%.2f app_statements=%d bare_statements=%d%n",
                name, open, appTimes.p50(), appTimes.p95(), bareTimes.p50(), bareTimes.p95(),
                appTimes.p95() / bareTimes.p95(), appStatements, bareStatements);
    }

    /**
     * Board votes: the first vote on a decision through {@link VotingService#castVote} (all its checks, the vote
     * row, the tally) against {@link TaskService#complete} on the same kind of task of other decisions, at the same
     * number of open tasks, on one or two threads (each thread its own member, so no two votes touch one decision).
     */
    private void completions(int open, int threads) throws Exception {
        int each = Math.min(COMPLETIONS, (seededDecisions.size() - nextUnvoted - 4) / 5);
        Vote one = votes(1, 1).get(0).get(0);
        loginAs(one.member());
        int appStatements = Statements.count(() -> {
            voting.castVote(one.decisionId(), one.taskId(), VoteChoice.YES, null);
            return null;
        }).size();
        Vote oneBare = votes(1, 1).get(0).get(0);
        int bareStatements = Statements.count(() -> {
            taskService.complete(oneBare.taskId(), Map.of(BoardDecisionProcess.VAR_SETTLED, false));
            return null;
        }).size();
        List<List<Vote>> appWork = votes(threads, each);
        List<List<Vote>> bareWork = votes(threads, each);
        Throughput app = Throughput.run(appWork, vote -> {
            loginAs(vote.member());
            CurrentNetwork.run(NETWORK, () -> voting.castVote(vote.decisionId(), vote.taskId(), VoteChoice.YES, null));
        });
        Throughput bare = Throughput.run(bareWork, vote -> CurrentNetwork.run(NETWORK, () ->
                taskService.complete(vote.taskId(), Map.of(BoardDecisionProcess.VAR_SETTLED, false))));
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK vote_completion open=%d threads=%d votes=%d "
                        + "app_per_s=%.0f bare_per_s=%.0f ratio=%.2f app_p95_ms=%.1f bare_p95_ms=%.1f "
                        + "latency_ratio=%.2f app_statements=%d bare_statements=%d%n",
                open, threads, each, app.perSecond(), bare.perSecond(), app.perSecond() / bare.perSecond(),
                app.timings().p95(), bare.timings().p95(), app.timings().p95() / bare.timings().p95(), appStatements,
                bareStatements);
    }

    record Vote(long decisionId, String taskId, String member) {
    }

    /** Per thread, its share of {@code total} first votes of its own member, on decisions nobody voted on yet. */
    private List<List<Vote>> votes(int threads, int total) {
        List<List<Vote>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String member = "bestuur" + (t + 1);
            List<Vote> mine = new ArrayList<>();
            for (int i = 0; i < total / threads; i++) {
                long decision = seededDecisions.get(nextUnvoted++);
                Task task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(decision))
                        .processDefinitionKey(BoardDecisionProcess.PROCESS_ID).taskAssignee(member).singleResult();
                mine.add(new Vote(decision, task.getId(), member));
            }
            work.add(mine);
        }
        return work;
    }

    private void growth() {
        List<Integer> opens = new ArrayList<>(p95ByLevel.keySet());
        if (opens.size() < 2) {
            return;
        }
        int high = opens.get(opens.size() - 1);
        int low = opens.get(opens.size() - 2);
        p95ByLevel.get(high).forEach((name, p95) -> System.out.printf(java.util.Locale.ROOT,
                "BENCHMARK growth %s open=%d/%d p95_ms=%.1f/%.1f growth=%.2f%n", name, high, low, p95,
                p95ByLevel.get(low).get(name), p95 / p95ByLevel.get(low).get(name)));
    }

    /** The bare engine's completions at the largest load with and without the index on ACT_RU_TASK(PARENT_TASK_ID_). */
    private void indexEffect(Load load) throws Exception {
        int open = load.openTasks();
        int each = Math.min(COMPLETIONS, (seededDecisions.size() - nextUnvoted) / 2);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Throughput with = Throughput.run(votes(1, each), vote -> CurrentNetwork.run(NETWORK, () ->
                taskService.complete(vote.taskId(), Map.of(BoardDecisionProcess.VAR_SETTLED, false))));
        jdbc.execute("drop index NR_IDX_TASK_PARENT");
        try {
            Throughput without = Throughput.run(votes(1, each), vote -> CurrentNetwork.run(NETWORK, () ->
                    taskService.complete(vote.taskId(), Map.of(BoardDecisionProcess.VAR_SETTLED, false))));
            System.out.printf(java.util.Locale.ROOT, "BENCHMARK index_task_parent open=%d with_per_s=%.0f "
                            + "without_per_s=%.0f with_p95_ms=%.1f without_p95_ms=%.1f%n", open, with.perSecond(),
                    without.perSecond(), with.timings().p95(), without.timings().p95());
        } finally {
            jdbc.execute("create index if not exists NR_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");
        }
    }

    /** For {@link Load}: the seeding threads log in as the test does. */
    void loginInThisThread(String username) {
        loginAs(username);
    }
}
