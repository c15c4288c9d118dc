package nl.netwerkregie.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite of issue 19 (items 1 and 2), on the real application in a JVM of its own ({@link AppNode}) and a
 * real PostgreSQL server ({@link FaultsPostgres}), with the load driver working in the application through its
 * services and a mail server (GreenMail) receiving what the outbox sends. First the crash cycles: {@code kill -9} at
 * a random moment under load, start again, and afterwards every confirmed step in the database exactly once with its
 * process state consistent. Then the database outage: PostgreSQL stopped under load and started again; meanwhile
 * the application answers calmly in Dutch; afterwards it works again by itself, the timer that fell due during the
 * outage has fired, and nothing is lost. The test command runs the short version (2 cycles, a 5 s outage);
 * run-faults.sh the long one ({@code -Dnetwerkregie.faults.cycles=20 -Dnetwerkregie.faults.outageSeconds=30}).
 * Prints its figures as {@code FAULTS} lines.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int CYCLES = Integer.getInteger("netwerkregie.faults.cycles", 1);
    private static final int OUTAGE_SECONDS = Integer.getInteger("netwerkregie.faults.outageSeconds", 5);
    /** The longest run of load before a kill, in milliseconds (each kill falls at a random moment up to it). */
    private static final int MAX_LOAD_MILLIS = Integer.getInteger("netwerkregie.faults.maxLoadMillis", 8000);
    private static final long SEED = Long.getLong("netwerkregie.faults.seed", System.nanoTime());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static Path dir;
    private static FaultsPostgres db;
    private static GreenMail smtp;
    private static AppNode node;
    private static JournalLog journal;
    private static final Map<String, Object> figures = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "faults", "run-" + System.currentTimeMillis())).toAbsolutePath();
        db = new FaultsPostgres(dir.resolve("pgdata"));
        db.start();
        int smtpPort = FaultsPostgres.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        journal = new JournalLog(dir.resolve("journal.log"));
        node = new AppNode("node1", FaultsPostgres.freePort(), dir.resolve("node1"), db.jdbcUrl(), db.user(),
                db.password()).withDriver(journal.file())
                .property("spring.mail.host", "127.0.0.1")
                .property("spring.mail.port", String.valueOf(smtpPort))
                .property("netwerkregie.mail.retry-every", "PT5S");
        figures.put("first start (s)", seconds(node.start(START_TIMEOUT)));
        System.out.println("FAULTS run folder " + dir + ", seed " + SEED);
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.kill();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (db != null) {
            db.close();
        }
        print("Netwerkregie fault suite", figures);
    }

    @Test
    @Order(1)
    void crashCyclesLoseAndDuplicateNothing() throws Exception {
        Random random = new Random(SEED);
        List<Double> restarts = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Thread.sleep(3000 + random.nextInt(Math.max(1, MAX_LOAD_MILLIS - 3000)));
            node.kill();
            journal.killed(cycle);
            restarts.add(seconds(node.start(START_TIMEOUT)));
        }
        Thread.sleep(5000);
        FaultChecks checks = quietChecks();
        figures.put("crash cycles (kill -9)", CYCLES);
        figures.put("restart (s, mean)", Math.round(restarts.stream().mapToDouble(d -> d).average().orElse(0) * 10) / 10.0);
        checks.figures.forEach((k, v) -> figures.put("crash: " + k, v));
        print("crash cycles", checks.figures);
        assertThat(checks.problems).isEmpty();
        assertThat((Long) checks.figures.get("confirmed steps")).isPositive();
        assertThat(checks.figures).containsKeys("confirmed VOTE", "confirmed INTAKE");
    }

    @Test
    @Order(2)
    void databaseOutageLosesNothingAndTheApplicationRecoversByItself() throws Exception {
        Thread.sleep(5000);
        assertThat(login().statusCode()).as("login before the outage").isEqualTo(302);
        // A decision whose voting closes by its deadline timer while the database is down.
        Files.writeString(Path.of(journal.file() + ".timer"), String.valueOf(OUTAGE_SECONDS / 2 + 3));
        String[] timer = waitForConfirmed("TIMER", 0, Duration.ofSeconds(90)).split(":");
        long deadline = Long.parseLong(timer[1]);
        long before = journal.count("OK");

        long stoppedAt = System.currentTimeMillis();
        db.stop();
        List<String> answers = new ArrayList<>();
        long stackTraces = 0;
        long slowest = 0;
        while (System.currentTimeMillis() < stoppedAt + OUTAGE_SECONDS * 1000L) {
            HttpResponse<String> page = node.get("/login");
            long began = System.currentTimeMillis();
            HttpResponse<String> login = login();
            slowest = Math.max(slowest, System.currentTimeMillis() - began);
            HttpResponse<String> after = node.get(login.headers().firstValue("Location").map(FaultsIT::pathOf)
                    .orElse("/login"));
            answers.add(page.statusCode() + "/" + login.statusCode() + " " + login.headers().firstValue("Location")
                    .map(FaultsIT::pathOf).orElse("-") + "/" + after.statusCode());
            stackTraces += Stream.of(page, login, after).filter(r -> showsStackTrace(r.body())).count();
            Thread.sleep(1000);
        }
        db.start();
        long startedAt = System.currentTimeMillis();
        long recovered = waitForConfirmedAfter(startedAt, Duration.ofMinutes(3)) - startedAt;
        long timerFired = timerFiredAt(timer[0], Duration.ofMinutes(3)) - startedAt;
        HttpResponse<String> loginAfter = login();
        Thread.sleep(5000);
        FaultChecks checks = quietChecks();

        Map<String, Object> outage = new LinkedHashMap<>();
        outage.put("outage (s)", seconds(Duration.ofMillis(startedAt - stoppedAt)));
        outage.put("confirmed steps before the outage", before);
        outage.put("steps refused during the outage", journal.lines().stream().filter(l -> "FAIL".equals(l.event())
                && l.millis() >= stoppedAt && l.millis() <= startedAt).count());
        outage.put("HTTP during the outage (page/login target/after)", String.join(", ", new java.util.LinkedHashSet<>(answers)));
        outage.put("slowest login answer during the outage (s)", seconds(Duration.ofMillis(slowest)));
        outage.put("stack traces shown", stackTraces);
        outage.put("recovery: first confirmed step after restart (s)", seconds(Duration.ofMillis(recovered)));
        outage.put("timer due during the outage (s after the stop)", seconds(Duration.ofMillis(deadline - stoppedAt)));
        outage.put("timer fired (s after the database was back)", seconds(Duration.ofMillis(timerFired)));
        outage.put("login after the outage", loginAfter.statusCode() + " " + loginAfter.headers()
                .firstValue("Location").map(FaultsIT::pathOf).orElse("-"));
        outage.put("application restarted", node.isAlive() ? "no" : "yes");
        checks.figures.forEach(outage::put);
        outage.forEach((k, v) -> figures.put("outage: " + k, v));
        print("database outage", outage);

        assertThat(deadline).as("the timer falls due during the outage").isBetween(stoppedAt, startedAt);
        assertThat(timerFired).as("the timer fires after the outage").isPositive();
        assertThat(stackTraces).isZero();
        assertThat(answers).as("answers during the outage").allMatch(a -> a.startsWith("200/302 /login?error/200"));
        assertThat(loginAfter.headers().firstValue("Location").map(FaultsIT::pathOf)).contains("/");
        assertThat(node.isAlive()).isTrue();
        assertThat(checks.problems).isEmpty();
        assertThat((Long) checks.figures.get("confirmed steps")).isGreaterThan(before);
    }

    private static final java.net.http.HttpClient BROWSER = java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** bestuur1 logs in with the login form's post (a fresh session each time). */
    private static HttpResponse<String> login() throws IOException, InterruptedException {
        ((java.net.CookieManager) BROWSER.cookieHandler().orElseThrow()).getCookieStore().removeAll();
        BROWSER.send(java.net.http.HttpRequest.newBuilder(node.url("/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return BROWSER.send(java.net.http.HttpRequest.newBuilder(node.url("/login")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=bestuur1&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String pathOf(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static boolean showsStackTrace(String body) {
        return body != null && (body.contains("Exception") || body.matches("(?s).*\\tat [a-z]+\\..*")
                || body.contains("Whitelabel"));
    }

    /** The key of the first confirmation of that kind after the given time. */
    private static String waitForConfirmed(String kind, long after, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            for (JournalLog.Line line : journal.lines()) {
                if ("OK".equals(line.event()) && kind.equals(line.kind()) && line.millis() >= after) {
                    return line.key();
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + kind + " confirmed within " + timeout + "; " + node.log());
    }

    /** When the first step after the given time was confirmed. */
    private static long waitForConfirmedAfter(long after, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            for (JournalLog.Line line : journal.lines()) {
                if ("OK".equals(line.event()) && line.millis() >= after) {
                    return line.millis();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no step confirmed within " + timeout + " after the database came back; "
                + node.log());
    }

    /** When the decision's deadline timer fired (its history), read from the database. */
    private static long timerFiredAt(String decision, Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = db.connect(); var statement = connection.prepareStatement("select"
                    + " max(a.end_time_) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                    + " where p.business_key_ = ? and p.proc_def_key_ = 'BoardDecisionProcess' and a.act_id_ ="
                    + " 'Timer_DeadlinePassed' and a.end_time_ is not null")) {
                statement.setString(1, decision);
                try (var rows = statement.executeQuery()) {
                    if (rows.next() && rows.getTimestamp(1) != null) {
                        return rows.getTimestamp(1).getTime();
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the deadline timer of decision " + decision + " did not fire within " + timeout);
    }

    private static FaultChecks quietChecks() throws Exception {
        Path pause = Path.of(journal.file() + ".pause");
        Files.writeString(pause, "checks");
        try {
            waitQuiet();
            try (Connection connection = db.connect()) {
                FaultChecks checks = new FaultChecks(connection);
                checks.confirmedSteps(journal);
                checks.unconfirmed(journal);
                checks.processState();
                checks.mails(smtp);
                return checks;
            }
        } finally {
            Files.deleteIfExists(pause);
        }
    }

    /** The driver idle and no job due that nobody holds: what the steps started has been done. */
    private static void waitQuiet() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        long size = -1;
        int quiet = 0;
        while (System.currentTimeMillis() < deadline && quiet < 3) {
            Thread.sleep(1000);
            long now = Files.size(journal.file());
            long due;
            try (Connection connection = db.connect()) {
                due = new FaultChecks(connection).count("select count(*) from act_ru_job where retries_ > 0 and"
                        + " (duedate_ is null or duedate_ <= current_timestamp) and (lock_exp_time_ is null or"
                        + " lock_exp_time_ < current_timestamp)");
            }
            quiet = now == size && due == 0 ? quiet + 1 : 0;
            size = now;
        }
    }

    static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }

    static void print(String title, Map<String, Object> rows) {
        StringBuilder table = new StringBuilder("FAULTS ").append(title).append('\n');
        rows.forEach((k, v) -> table.append(String.format("FAULTS   %-52s %s%n", k, v)));
        System.out.print(table);
    }
}
