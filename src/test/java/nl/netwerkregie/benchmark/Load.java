package nl.netwerkregie.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's open tasks, in rounds of ten: one board decision put to the board (eight vote tasks) and two cases
 * of the other processes, each waiting at its first coordinators' step on the business key of one of the demo's
 * real records of that process, so the describers find and read real rows. Two threads seed.
 */
final class Load {

    private static final int THREADS = 2;

    private final ListsBenchmark test;
    private final RuntimeService runtime;
    private final BoardDecisionService decisions;
    private final JdbcTemplate jdbc;
    private final List<String[]> waits = new ArrayList<>();
    private final AtomicInteger rounds = new AtomicInteger();

    Load(ListsBenchmark test, RuntimeService runtime, BoardDecisionService decisions, JdbcTemplate jdbc) {
        this.test = test;
        this.runtime = runtime;
        this.decisions = decisions;
        this.jdbc = jdbc;
        nl.netwerkregie.CoordinatorSteps.firstOfEachProcess().forEach(step -> waits.add(
                new String[] {step.processKey(), step.taskId(), demoKeyOf(step.processKey())}));
        waits.forEach(w -> System.out.printf("BENCHMARK load process=%s waits_at=%s business_key=%s%n", w[0], w[1],
                w[2]));
    }

    /**
     * One record of this process for its cases to be about, so the describer reads a real row: the demo's own where
     * it has one (a jaarplan), else one made here for a member of the demo network.
     */
    private String demoKeyOf(String process) {
        Long organisation = jdbc.queryForObject("select min(id) from organisation where network_id = ?", Long.class,
                ListsBenchmark.NETWORK);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now());
        long id = switch (process) {
            case "AdmissionProcess" -> insert("insert into admission (organisation_id, status, individual, "
                    + "vision_commitment, werkgroepen, created_at, version, network_id) values (?, 'INTAKE', false, "
                    + "true, '', ?, 0, ?)", organisation, now, ListsBenchmark.NETWORK);
            case "OrganisationCorrectionProcess" -> insert("insert into organisation_correction (organisation_id, "
                    + "state, proposed_by, proposed_at, network_id) values (?, 'PROPOSED', 'contact1', ?, ?)",
                    organisation, now, ListsBenchmark.NETWORK);
            case "ResignationProcess", "TerminationProcess" -> insert("insert into membership_ending "
                    + "(organisation_id, kind, status, reasons, received_on, end_date, submitted_by, created_at, "
                    + "version, network_id) values (?, ?, 'RECEIVED', 'Benchmark', ?, ?, 'coordinator1', ?, 0, ?)",
                    organisation, process.startsWith("Resignation") ? "RESIGNATION" : "TERMINATION", today, today,
                    now, ListsBenchmark.NETWORK);
            case "WerkgroepAssignmentProcess" -> assignment(now, today);
            default -> jdbc.queryForObject("select coalesce(min(id), 0) from "
                    + (process.startsWith("Jaarplan") ? "jaarplan" : "board_decision") + " where network_id = ?",
                    Long.class, ListsBenchmark.NETWORK);
        };
        return String.valueOf(id);
    }

    private long assignment(java.sql.Timestamp now, java.sql.Date today) {
        long werkgroep = jdbc.queryForObject("select min(id) from werkgroep where network_id = ?", Long.class,
                ListsBenchmark.NETWORK);
        long id = insert("insert into werkgroep_assignment (werkgroep_id, status, created_at, version, network_id) "
                + "values (?, 'REVISION', ?, 0, ?)", werkgroep, now, ListsBenchmark.NETWORK);
        insert("insert into werkgroep_assignment_version (assignment_id, number, doel, gewenst_resultaat, start_date, "
                + "end_date, submitted_by, submitted_at, network_id) values (?, 1, 'Benchmarkopdracht', 'Resultaat', "
                + "?, ?, 'coordinator1', ?, ?)", id, today, java.sql.Date.valueOf(java.time.LocalDate.now()
                .plusYears(1)), now, ListsBenchmark.NETWORK);
        return id;
    }

    private long insert(String sql, Object... values) {
        return nl.netwerkregie.Rows.insert(jdbc, sql, values);
    }


    int openTasks() {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
    }

    /** Seeds rounds until there are at least {@code open} open tasks; returns the decisions put to the board. */
    List<Long> upTo(int open) throws Exception {
        int missing = open - openTasks();
        int roundsNeeded = Math.max(0, (missing + 9) / 10);
        List<List<Integer>> shares = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Integer> share = new ArrayList<>();
            for (int r = t; r < roundsNeeded; r += THREADS) {
                share.add(r);
            }
            shares.add(share);
        }
        List<Long> seeded = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Throughput.run(shares, r -> seeded.add(round()));
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK load open=%d rounds=%d seconds=%.0f%n", openTasks(),
                roundsNeeded, (System.nanoTime() - start) / 1e9);
        List<Long> ordered = new ArrayList<>(seeded);
        Collections.sort(ordered);
        return ordered;
    }

    private long round() {
        test.loginInThisThread("coordinator1");
        int n = rounds.getAndIncrement();
        return CurrentNetwork.as(ListsBenchmark.NETWORK, () -> {
            long decision = decisions.putToBoard("Benchmarkbesluit " + n, "Akkoord met voorstel " + n + "?",
                    "Voorstel " + n, DecisionMode.ONLINE, null);
            for (int c = 0; c < 2; c++) {
                String[] wait = waits.get((2 * n + c) % waits.size());
                runtime.createProcessInstanceByKey(wait[0]).businessKey(wait[2]).startBeforeActivity(wait[1])
                        .execute(false, true);
            }
            return decision;
        });
    }
}
