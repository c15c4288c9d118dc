package nl.netwerkregie.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One node of the application in a JVM of its own, for the fault and load tests (issue 19): started from the real
 * jar when {@code -Dnetwerkregie.faults.jar} names it (run-faults.sh builds it), else from the test JVM's classpath
 * without the test classes, in both cases with the profiles {@code postgres,demo} on the given database. With
 * {@link #withDriver} the test-only load driver ({@code nl.netwerkregie.faults.driver}, copied beside the
 * application) works in it and writes its journal. {@link #kill()} is {@code kill -9}; {@link #start()} again runs
 * the same node on the same database and data folder. Name and port are parameters, so several nodes can share one
 * database.
 */
public final class AppNode implements AutoCloseable {

    public static final String JAR_PROPERTY = "netwerkregie.faults.jar";
    private static final String DRIVER_PACKAGE = "nl/netwerkregie/faults/driver";
    private final String name;
    private final int port;
    private final Path workDir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Process process;
    private int starts;
    /** The log line that says the node is ready (after the application runners: demo accounts, driver). */
    private String readyLine = "Started Application in";

    /**
     * @param workDir the node's folder: its data folder, its logs ({@code <name>-<start>.log}) and the driver's
     *                classes
     */
    public AppNode(String name, int port, Path workDir, String jdbcUrl, String dbUser, String dbPassword) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        environment.put("NETWERKREGIE_DB_URL", jdbcUrl);
        environment.put("NETWERKREGIE_DB_USER", dbUser);
        environment.put("NETWERKREGIE_DB_PASSWORD", dbPassword);
        environment.put("NETWERKREGIE_OPERATOR_PASSWORD", "faults-operator-" + name);
        property("spring.profiles.active", "postgres,demo");
        property("server.port", String.valueOf(port));
        property("netwerkregie.data-dir", workDir.resolve("data").toString());
        property("netwerkregie.base-url", "http://localhost:" + port);
        // The demo's accounts, not its running cases: the tests make their own.
        property("netwerkregie.demo.cases", "false");
    }

    /** A Spring property for the node (passed as {@code --key=value}). */
    public AppNode property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** The load driver works in the node and appends to the journal. */
    public AppNode withDriver(Path journal) {
        property("netwerkregie.faults.driver", "true");
        property("netwerkregie.faults.journal", journal.toString());
        property("netwerkregie.faults.node", name);
        readyLine = "Fault load driver started";
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI url(String path) {
        try {
            return new URI("http://localhost:" + port + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    /**
     * Starts the JVM and waits until it is ready (its log says so: "Started Application", or with the driver "Fault
     * load driver started") and the login page answers; returns how long that took.
     */
    public Duration start(Duration timeout) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        Files.createDirectories(workDir.resolve("data"));
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        long began = System.nanoTime();
        process = builder.start();
        long deadline = began + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue()
                        + "); its log: " + log() + "\n" + tail(40));
            }
            if (logHas(readyLine) && status("/login") == 200) {
                return Duration.ofNanos(System.nanoTime() - began);
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException(name + " did not answer within " + timeout + "; its log: " + log() + "\n"
                + tail(40));
    }

    /** {@code kill -9}: no shutdown hook, no commit, no cleanup. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** The JVM's process id (for CPU samples), or -1 when it is not running. */
    public long pid() {
        return isAlive() ? process.pid() : -1;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The HTTP status of a GET, or -1 when the node does not answer. */
    public int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    public HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The log of the current (or last) start. */
    public Path log() {
        return workDir.resolve(name + "-" + starts + ".log");
    }

    private boolean logHas(String text) {
        try (Stream<String> lines = Files.lines(log())) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private List<String> command() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Europe/Amsterdam", "-Dfile.encoding=UTF-8"));
        Path driver = driverClasses();
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar != null && !jar.isBlank()) {
            // The packaged application as it ships; the driver's package beside it on the launcher's loader path.
            command.addAll(List.of("-Dloader.path=" + driver, "-cp", jar,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", applicationClasspath(driver), "nl.netwerkregie.Application"));
        }
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    /** The test JVM's classpath without the test classes (other tests' beans), with the driver's package instead. */
    private static String applicationClasspath(Path driver) {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Stream<String> entries = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"));
        return Stream.concat(Stream.of(driver.toString()), entries).collect(Collectors.joining(File.pathSeparator));
    }

    /** A copy of the compiled driver package alone, so no other test class reaches the application. */
    private Path driverClasses() throws IOException {
        Path target = workDir.resolve("driver-classes");
        Path packageDir = target.resolve(DRIVER_PACKAGE);
        Files.createDirectories(packageDir);
        Path source;
        try {
            source = Path.of(AppNode.class.getResource("/" + DRIVER_PACKAGE + "/LoadDriver.class").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the load driver's classes are not on the test classpath", e);
        }
        try (Stream<Path> classes = Files.list(source)) {
            for (Path file : classes.toList()) {
                Files.copy(file, packageDir.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }
}
