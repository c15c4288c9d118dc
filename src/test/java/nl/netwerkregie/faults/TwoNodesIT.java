package nl.netwerkregie.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes on one PostgreSQL behind HAProxy with sticky sessions (issue 19, item 4), and the load
 * figures (item 5). Both nodes run the same application with the same {@code processes/} and their job executors on
 * (deployment-aware off, a lock time of {@code netwerkregie.nodes.lockMillis}, 10 s here instead of the default five
 * minutes), each with its own engine host name, so the job log tells which node ran a job. Proves: board decisions'
 * deadline timers, put to the board through both nodes, fire exactly once; a vote through node 1 and the next
 * through node 2 on one decision are both counted; node 1 killed with {@code kill -9}: a user's browser through
 * HAProxy lands on node 2, logs in again and finds the same open tasks, and the jobs node 1 held locked are run by
 * node 2 once their lock expired. Then the mixed load of the driver ({@code UserLoad}: task lists, organisation pages,
 * votes, reports, intakes) with the users split over two nodes and on one node, steps per second and the CPU of
 * each JVM and of PostgreSQL, and the load at {@code netwerkregie.nodes.loadUsers} users (p50/p95 per action, errors,
 * open tasks). Afterwards the fault suite's checks find every confirmed step once and no job run twice. Short in the
 * test command; run-faults.sh runs the long one. Prints {@code TWONODES} and {@code LOAD} lines.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int LOCK_MILLIS = Integer.getInteger("netwerkregie.nodes.lockMillis", 10_000);
    private static final int MAX_WAIT_MILLIS = Integer.getInteger("netwerkregie.nodes.maxWaitMillis", 5_000);
    private static final int TIMERS = Integer.getInteger("netwerkregie.nodes.timers", 4);
    private static final int TIMER_SECONDS = Integer.getInteger("netwerkregie.nodes.timerSeconds", 10);
    private static final int SLOW_JOBS = Integer.getInteger("netwerkregie.nodes.slowJobs", 8);
    private static final int SLOW_MILLIS = Integer.getInteger("netwerkregie.nodes.slowMillis", 3000);
    private static final int THROUGHPUT_USERS = Integer.getInteger("netwerkregie.nodes.throughputUsers", 6);
    private static final int THROUGHPUT_SECONDS = Integer.getInteger("netwerkregie.nodes.throughputSeconds", 5);
    private static final List<Integer> LOAD_USERS = Arrays.stream(System.getProperty("netwerkregie.nodes.loadUsers",
            "5").split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int LOAD_SECONDS = Integer.getInteger("netwerkregie.nodes.loadSeconds", 5);
    private static final int THINK_MILLIS = Integer.getInteger("netwerkregie.nodes.thinkMillis", 1000);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private static Path dir;
    private static FaultsPostgres db;
    private static GreenMail smtp;
    private static AppNode node1;
    private static AppNode node2;
    private static HaProxy proxy;
    private static JournalLog journal;
    private static final AtomicInteger commands = new AtomicInteger();
    private static final Map<String, Object> figures = new LinkedHashMap<>();
    private static final List<Long> timerDecisions = new ArrayList<>();
    private static final Map<String, Long> timerAsked = new LinkedHashMap<>();
    private static LoadFigures twoNodes;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "faults", "nodes-" + System.currentTimeMillis())).toAbsolutePath();
        db = new FaultsPostgres(dir.resolve("pgdata"));
        db.start();
        int smtpPort = FaultsPostgres.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        journal = new JournalLog(dir.resolve("journal.log"));
        // The driver's own background work stays paused: here the test says what each node does.
        Files.writeString(Path.of(journal.file() + ".pause"), "two nodes");
        node1 = node("node1", smtpPort);
        node2 = node("node2", smtpPort);
        // The first start makes the schema and deploys; the second node then starts on it, as a second node would.
        figures.put("node1 start (s)", FaultsIT.seconds(node1.start(START_TIMEOUT)));
        figures.put("node2 start (s)", FaultsIT.seconds(node2.start(START_TIMEOUT)));
        figures.put("lock time of a job (camunda.bpm.job-execution.lock-time-in-millis)", LOCK_MILLIS);
        figures.put("longest idle wait of a job executor (camunda.bpm.job-execution.max-wait)", MAX_WAIT_MILLIS);
        figures.put("machine", Runtime.getRuntime().availableProcessors() + " cores, both nodes and PostgreSQL on it");
        if (HaProxy.available()) {
            proxy = new HaProxy(dir, List.of(node1, node2));
            proxy.start();
            figures.put("HAProxy", "used: roundrobin, cookie SERVERID insert indirect nocache, check GET /login");
        } else {
            figures.put("HAProxy", "NOT INSTALLED, not used: the browser facts are checked against the nodes' ports"
                    + " directly (run-tests.sh and run-faults.sh install Debian's haproxy)");
        }
        System.out.println("TWONODES run folder " + dir + "; HAProxy " + (proxy != null ? "on port " + proxy.port()
                : "not installed, not used"));
    }

    private static AppNode node(String name, int smtpPort) throws IOException {
        return new AppNode(name, FaultsPostgres.freePort(), dir.resolve(name), db.jdbcUrl(), db.user(), db.password())
                .withDriver(journal.file())
                .property("spring.mail.host", "127.0.0.1")
                .property("spring.mail.port", String.valueOf(smtpPort))
                .property("netwerkregie.mail.retry-every", "PT5S")
                .property("camunda.bpm.job-execution.enabled", "true")
                .property("camunda.bpm.job-execution.deployment-aware", "false")
                .property("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS))
                // An idle job executor asks for jobs at least this often (Camunda's default: once a minute at most);
                // a job whose lock expired is found by the next ask, so a take-over takes the lock time plus this.
                .property("camunda.bpm.job-execution.max-wait", String.valueOf(MAX_WAIT_MILLIS))
                .property("camunda.bpm.generic-properties.properties.hostname", name);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {proxy, node1, node2}) {
            if (closeable != null) {
                closeable.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (db != null) {
            db.close();
        }
        StringBuilder table = new StringBuilder("TWONODES Netwerkregie, two nodes on one PostgreSQL\n");
        figures.forEach((k, v) -> table.append(String.format("TWONODES   %-75s %s%n", k, v)));
        System.out.print(table);
    }

    @Test
    @Order(1)
    void timersFallDueAndFireExactlyOnceWithBothJobExecutorsRunning() throws Exception {
        for (int i = 0; i < TIMERS; i++) {
            long before = System.currentTimeMillis();
            long decision = Long.parseLong(ask(i % 2 == 0 ? node1 : node2, "DECIDE " + TIMER_SECONDS));
            timerAsked.put(String.valueOf(decision), before);
            // One vote, through the other node: at the deadline the timer closes the decision (with no vote at all
            // it would go to the coordinators instead).
            ask(i % 2 == 0 ? node2 : node1, "VOTE " + decision + " bestuur1");
            timerDecisions.add(decision);
        }
        long asked = System.currentTimeMillis();
        waitUntil("every deadline timer fired and its decision closed", Duration.ofSeconds(TIMER_SECONDS + 150),
                () -> count("select count(*) from board_decision where status = 'CLOSED' and id in ("
                        + ids(timerDecisions) + ")") == TIMERS);
        figures.put("timers: all closed, s after they were put (deadline " + TIMER_SECONDS + " s)",
                (System.currentTimeMillis() - asked) / 1000.0);
        // Time for a second firing, if a node were to run a timer again (after its lock expired, say).
        Thread.sleep(LOCK_MILLIS + 2000);
        long fired = timersFired();
        long runs = count("select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ ="
                + " l.process_instance_id_ where " + timerProcesses() + " and l.job_def_type_ = 'timer-transition'"
                + " and l.job_state_ = 2");
        long early = 0;
        List<Double> after = new ArrayList<>();
        try (Connection c = db.connect(); var st = c.prepareStatement("select p.business_key_, a.end_time_ from"
                + " act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ where " + timerProcesses()
                + " and a.act_id_ = 'Timer_DeadlinePassed'"); var rows = st.executeQuery()) {
            while (rows.next()) {
                long firedAt = rows.getTimestamp(2).getTime() - timerAsked.get(rows.getString(1));
                after.add(firedAt / 1000.0);
                early += firedAt < TIMER_SECONDS * 1000L ? 1 : 0;
            }
        }
        after.sort(null);
        figures.put("timers fired, s after they were asked for", after);
        long closed = count("select count(*) from board_decision where status = 'CLOSED' and id in ("
                + ids(timerDecisions) + ")");
        figures.put("timers put to the board (half through each node, one vote each)", TIMERS);
        figures.put("timers fired (deadline activity in the history)", fired);
        figures.put("timer jobs run successfully (job log)", runs);
        figures.put("timer jobs run by node (job log host)", byHost("timer-transition", timerProcesses()));
        figures.put("timers fired before their deadline", early);
        figures.put("timer decisions closed", closed);
        figures.put("job log of the timer decisions (type state host: count)", jobLog(timerProcesses()));
        assertThat(fired).isEqualTo(TIMERS);
        assertThat(runs).isEqualTo(TIMERS);
        assertThat(early).isZero();
        assertThat(closed).isEqualTo(TIMERS);
    }

    @Test
    @Order(2)
    void aVoteThroughNodeOneAndTheNextThroughNodeTwoAreBothCounted() throws Exception {
        long decision = Long.parseLong(ask(node1, "DECIDE 0"));
        List<String> where = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            AppNode node = i % 2 == 1 ? node1 : node2;
            ask(node, "VOTE " + decision + " bestuur" + i);
            where.add("bestuur" + i + "@" + node.name());
        }
        waitUntil("the decision closed", Duration.ofSeconds(60), () -> count("select count(*) from board_decision"
                + " where id = ? and status = 'CLOSED'", decision) == 1);
        long votes = count("select count(*) from board_vote where decision_id = ?", decision);
        long tasks = count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
                + " where p.business_key_ = ? and p.proc_def_key_ = 'BoardDecisionProcess' and t.task_def_key_ ="
                + " 'Task_Vote' and t.delete_reason_ = 'completed'", String.valueOf(decision));
        figures.put("votes on one decision, alternately through node1 and node2", String.join(" ", where));
        figures.put("votes counted (board_vote) / vote tasks completed (process)", votes + " / " + tasks);
        assertThat(votes).isEqualTo(5);
        assertThat(tasks).isEqualTo(5);
    }

    @Test
    @Order(3)
    void throughputWithTwoNodes() throws Exception {
        ask(node1, "SETUP");
        // The same warm-up for both JVMs first: the one-node run later is on a node that has worked already.
        load("warm-up, two nodes", List.of(node1, node2), THROUGHPUT_USERS, Math.max(3, THROUGHPUT_SECONDS / 3), 0);
        twoNodes = load("throughput, two nodes", List.of(node1, node2), THROUGHPUT_USERS, THROUGHPUT_SECONDS, 0);
        assertThat(twoNodes.steps()).isPositive();
    }

    @Test
    @Order(4)
    void nodeOneKilledItsUsersLogInOnNodeTwoAndItsJobsAreTakenOver() throws Exception {
        long open = Long.parseLong(ask(node1, "DECIDE 0"));
        String tasksBefore = ask(node1, "TASKS bestuur6 BOARD_MEMBER");
        Browser browser = new Browser(proxy != null ? proxy.port() : node1.port());
        String first = browser.loginOn("bestuur6", proxy != null ? "node1" : null);
        assertThat(browser.get("/").statusCode()).as("home page after the login on node1").isEqualTo(200);
        String owner1 = ask(node1, "INFO");
        String owner2 = ask(node2, "INFO");
        assertThat(owner1).isNotEqualTo(owner2);

        // Jobs that node 1 holds (locked, running) when it dies; node 2's job executor runs too.
        List<String[]> held = List.of();
        for (int attempt = 0; attempt < 3 && held.isEmpty(); attempt++) {
            ask(node1, "SLOW " + SLOW_JOBS + " " + SLOW_MILLIS);
            long until = System.currentTimeMillis() + 10_000;
            while (held.isEmpty() && System.currentTimeMillis() < until) {
                held = heldBy(owner1);
                Thread.sleep(50);
            }
        }
        assertThat(held).as("node1 holds slow jobs").isNotEmpty();
        node1.kill();
        long killedAt = System.currentTimeMillis();
        journal.killed(1);
        held = heldBy(owner1);

        // The browser: its cookie names node1, which is gone; HAProxy sends it to node2, which knows no session.
        int afterKill;
        String second;
        if (proxy != null) {
            afterKill = browser.get("/").statusCode();
            second = browser.loginOn("bestuur6", null);
        } else {
            browser = new Browser(node2.port());
            afterKill = browser.get("/").statusCode();
            second = browser.loginOn("bestuur6", null);
        }
        int home2 = browser.get("/").statusCode();
        String tasksAfter = ask(node2, "TASKS bestuur6 BOARD_MEMBER");
        figures.put("bestuur6 logged in through " + (proxy != null ? "HAProxy" : "node1's port"), "on " + first);
        figures.put("after kill -9 of node1: GET / (no session there)", afterKill + ", logged in again on " + second
                + ", home " + home2);
        figures.put("bestuur6's open tasks before / after (same ids)", size(tasksBefore) + " / " + size(tasksAfter)
                + (tasksBefore.equals(tasksAfter) ? " (same)" : " (DIFFERENT)"));

        List<String> heldIds = held.stream().map(h -> h[0]).toList();
        figures.put("jobs node1 held: lock expiry", held.stream().map(h -> h[1]).distinct().toList());
        figures.put("jobs node1 held: killed at", new Timestamp(killedAt).toString());
        waitUntil("node2 ran node1's jobs " + heldIds, Duration.ofMillis(LOCK_MILLIS + MAX_WAIT_MILLIS + 120_000),
                () -> count("select count(*) from act_ru_job where id_ in (" + quoted(heldIds) + ")") == 0);
        long takenOver = System.currentTimeMillis() - killedAt;
        List<String> hosts = new ArrayList<>();
        long early = 0;
        try (Connection c = db.connect()) {
            for (String[] job : held) {
                try (var s = c.prepareStatement("select hostname_, timestamp_ from act_hi_job_log where job_id_ = ?"
                        + " and job_state_ = 2")) {
                    s.setString(1, job[0]);
                    try (var rows = s.executeQuery()) {
                        while (rows.next()) {
                            hosts.add(rows.getString(1));
                            if (rows.getTimestamp(2).before(Timestamp.valueOf(job[1]))) {
                                early++;
                            }
                        }
                    }
                }
            }
        }
        long slowDone = count("select count(*) from act_hi_procinst where proc_def_key_ = 'FaultsSlowJob' and"
                + " end_time_ is not null");
        long slowStarted = count("select count(*) from act_hi_procinst where proc_def_key_ = 'FaultsSlowJob'");
        figures.put("jobs node1 held locked when killed", held.size());
        figures.put("... run afterwards by (job log host)", hosts);
        figures.put("... run before their lock expired", early);
        figures.put("... all done, s after the kill (lock " + LOCK_MILLIS / 1000 + " s)", takenOver / 1000.0);
        figures.put("slow test jobs done / started (each once)", slowDone + " / " + slowStarted);
        figures.put("open decision for bestuur6 (id)", open);

        assertThat(first).isEqualTo(proxy != null ? "node1" : "direct");
        assertThat(afterKill).as("no session on node2: to the login").isEqualTo(302);
        assertThat(second).isEqualTo(proxy != null ? "node2" : "direct");
        assertThat(home2).isEqualTo(200);
        assertThat(tasksAfter).isEqualTo(tasksBefore).isNotEqualTo("[]");
        assertThat(hosts).hasSize(held.size()).containsOnly("node2");
        assertThat(early).isZero();
        assertThat(slowDone).isEqualTo(slowStarted);
    }

    @Test
    @Order(5)
    void throughputWithOneNodeAndTheLoad() throws Exception {
        LoadFigures one = load("throughput, one node", List.of(node2), THROUGHPUT_USERS, THROUGHPUT_SECONDS, 0);
        figures.put("throughput " + THROUGHPUT_USERS + " users, no think time: one node / two nodes (steps/s)",
                one.perSecond() + " / " + twoNodes.perSecond());
        figures.put("ratio two nodes / one node", Math.round(twoNodes.perSecond() / one.perSecond() * 100) / 100.0);
        for (int users : LOAD_USERS) {
            load("load, " + users + " users, think " + THINK_MILLIS / 2 + "-" + THINK_MILLIS * 3 / 2 + " ms, one node",
                    List.of(node2), users, LOAD_SECONDS, THINK_MILLIS);
        }
        assertThat(one.steps()).isPositive();
    }

    @Test
    @Order(6)
    void afterwardsEveryConfirmedStepOnceAndNoJobRunTwice() throws Exception {
        figures.put("quiet (no job due and free) after (s)", waitQuiet());
        try (Connection c = db.connect()) {
            FaultChecks checks = new FaultChecks(c);
            checks.confirmedSteps(journal);
            checks.unconfirmed(journal);
            checks.processState();
            checks.mails(smtp);
            long twice = checks.count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                    + " group by job_id_ having count(*) > 1) j");
            long jobs = checks.count("select count(distinct job_id_) from act_hi_job_log where job_state_ = 2");
            figures.put("jobs run (job log, all kinds) / run more than once", jobs + " / " + twice);
            figures.put("jobs run by node (job log host)", byHost(null, null));
            // A vote cast at the instant another vote settled the outcome counts without completing its task: the
            // settling vote withdrew it (VotingService.castVote, by design). FaultChecks, written for one voter at a
            // time, calls every vote without its completed task a problem; here those with a withdrawn task in a
            // closed decision are told apart, and only the others remain problems.
            long withdrawn = checks.count("select count(*) from board_vote v join act_hi_procinst p on p.business_key_ ="
                    + " cast(v.decision_id as varchar) and p.proc_def_key_ = 'BoardDecisionProcess' join board_decision d"
                    + " on d.id = v.decision_id where d.status = 'CLOSED' and not exists (select 1 from act_hi_taskinst t"
                    + " where t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'Task_Vote' and t.assignee_ = v.member_id and"
                    + " t.delete_reason_ = 'completed') and exists (select 1 from act_hi_taskinst t where t.proc_inst_id_"
                    + " = p.id_ and t.task_def_key_ = 'Task_Vote' and t.assignee_ = v.member_id and t.end_time_ is not"
                    + " null and t.delete_reason_ <> 'completed')");
            figures.put("votes that counted while the settling vote withdrew their task (by design)", withdrawn);
            List<String> problems = new ArrayList<>(checks.problems);
            problems.remove(withdrawn + " votes without their completed task");
            checks.figures.forEach((k, v) -> figures.put("checks: " + k, v));
            figures.put("checks: problems (FaultChecks)", checks.problems);
            figures.put("checks: problems, the votes above told apart", problems);
            assertThat(twice).isZero();
            assertThat(problems).isEmpty();
        }
    }

    /** The mixed load on the nodes (users split over them), with the CPU and the open tasks; prints LOAD lines. */
    private static LoadFigures load(String title, List<AppNode> nodes, int users, int seconds, int think)
            throws Exception {
        String tag = "run" + commands.incrementAndGet();
        long openBefore = count("select count(*) from act_ru_task");
        Map<String, Long> pids = new LinkedHashMap<>();
        nodes.forEach(n -> pids.put(n.name() + " JVM", n.pid()));
        pids.put("postgres (server and backends)", CpuSample.postmasterPid(dir.resolve("pgdata")));
        CpuSample before = new CpuSample(pids);
        List<CompletableFuture<String>> runs = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < nodes.size(); i++) {
            AppNode node = nodes.get(i);
            int share = users / nodes.size() + (i < users % nodes.size() ? 1 : 0);
            String command = "LOAD " + share + " " + seconds + " " + think + " " + tag + " " + first;
            runs.add(CompletableFuture.supplyAsync(() -> askUnchecked(node, command, Duration.ofSeconds(seconds + 300))));
            first += share;
        }
        List<String> answers = runs.stream().map(CompletableFuture::join).toList();
        Map<String, Long> cpu = before.percentUntil(new CpuSample(pids));
        cpu.put("other processes", cpu.get("machine (all processes)") - cpu.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("machine")).mapToLong(Map.Entry::getValue).sum());
        long openAfter = count("select count(*) from act_ru_task");
        LoadFigures load = new LoadFigures(nodes.stream().map(n -> dir.resolve(n.name() + ".load." + tag)).toList(),
                seconds);
        StringBuilder out = new StringBuilder(load.table("LOAD", title + ": " + users + " users for " + seconds + " s"
                + " (" + String.join("; ", answers) + ")"));
        out.append(String.format("LOAD   open tasks at start / end: %d / %d%n", openBefore, openAfter));
        out.append(String.format("LOAD   CPU, %% of one core (the machine has %d): %s%n",
                Runtime.getRuntime().availableProcessors(), cpu));
        System.out.print(out);
        figures.put(title + " (" + users + " users): steps/s, errors", load.perSecond() + ", " + load.failed());
        figures.put(title + " (" + users + " users): CPU %", cpu);
        return load;
    }

    private static long timersFired() throws SQLException {
        return count("select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ where "
                + timerProcesses() + " and a.act_id_ = 'Timer_DeadlinePassed' and a.end_time_ is not null");
    }

    private static String timerProcesses() {
        return "p.proc_def_key_ = 'BoardDecisionProcess' and p.business_key_ in (" + quoted(timerDecisions.stream()
                .map(String::valueOf).toList()) + ")";
    }

    private static Map<String, Long> byHost(String type, String processes) throws SQLException {
        Map<String, Long> hosts = new LinkedHashMap<>();
        try (Connection c = db.connect(); var s = c.prepareStatement("select l.hostname_, count(*) from act_hi_job_log l"
                + (processes == null ? "" : " join act_hi_procinst p on p.id_ = l.process_instance_id_")
                + " where l.job_state_ = 2" + (type == null ? "" : " and l.job_def_type_ = '" + type + "'")
                + (processes == null ? "" : " and " + processes) + " group by l.hostname_ order by l.hostname_");
                var rows = s.executeQuery()) {
            while (rows.next()) {
                hosts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return hosts;
    }

    /** The job log of these processes: job type, state (0 created, 1 failed, 2 successful, 3 deleted), host. */
    private static Map<String, Long> jobLog(String processes) throws SQLException {
        Map<String, Long> log = new LinkedHashMap<>();
        try (Connection c = db.connect(); var s = c.prepareStatement("select l.job_def_type_ || ' ' || l.job_state_"
                + " || ' ' || l.hostname_, count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ ="
                + " l.process_instance_id_ where " + processes + " group by 1 order by 1"); var rows = s.executeQuery()) {
            while (rows.next()) {
                log.put(rows.getString(1), rows.getLong(2));
            }
        }
        return log;
    }

    /** The slow test jobs locked by that lock owner: id and lock expiry. */
    private static List<String[]> heldBy(String owner) throws SQLException {
        List<String[]> held = new ArrayList<>();
        try (Connection c = db.connect(); var s = c.prepareStatement("select id_, lock_exp_time_ from act_ru_job where"
                + " lock_owner_ = ? and process_def_key_ = 'FaultsSlowJob'")) {
            s.setString(1, owner);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    held.add(new String[] {rows.getString(1), rows.getTimestamp(2).toString()});
                }
            }
        }
        return held;
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = db.connect()) {
            return new FaultChecks(c).count(sql, args);
        }
    }

    private static long size(String list) {
        return list.equals("[]") ? 0 : list.split(",").length;
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String quoted(List<String> values) {
        return values.isEmpty() ? "''" : "'" + String.join("','", values) + "'";
    }

    /** Asks the node to do something ({@code NodeCommands} in the driver) and waits for its answer. */
    private static String ask(AppNode node, String command) throws IOException, InterruptedException {
        return ask(node, command, Duration.ofSeconds(120));
    }

    private static String askUnchecked(AppNode node, String command, Duration timeout) {
        try {
            return ask(node, command, timeout);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ask(AppNode node, String command, Duration timeout) throws IOException, InterruptedException {
        int n = commands.incrementAndGet();
        Path tmp = dir.resolve(node.name() + ".ask." + n);
        Path file = dir.resolve(node.name() + ".cmd." + n);
        Files.writeString(tmp, command);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        Path done = Path.of(file + ".done");
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!Files.exists(done)) {
            if (System.currentTimeMillis() > deadline || !node.isAlive()) {
                throw new AssertionError(node.name() + " did not answer " + command + "; " + node.log());
            }
            Thread.sleep(100);
        }
        String answer = Files.readString(done);
        if (answer.startsWith("ERROR")) {
            throw new AssertionError(node.name() + " " + command + ": " + answer);
        }
        return answer;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(String what, Duration timeout, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!check.holds()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what + "; logs in " + dir);
            }
            Thread.sleep(250);
        }
    }

    /**
     * No job due that nobody holds, for three seconds running; answers how long that took. The engine writes its
     * times in the nodes' zone (Europe/Amsterdam) into columns without one, so "now" is the test JVM's (the same
     * zone), not PostgreSQL's {@code current_timestamp} (UTC here).
     */
    private static double waitQuiet() throws Exception {
        int quiet = 0;
        long began = System.currentTimeMillis();
        long deadline = began + 90_000;
        while (quiet < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            long due = count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <="
                    + " ?) and (lock_exp_time_ is null or lock_exp_time_ < ?)", now, now);
            quiet = due == 0 ? quiet + 1 : 0;
        }
        return (System.currentTimeMillis() - began) / 1000.0;
    }
}
