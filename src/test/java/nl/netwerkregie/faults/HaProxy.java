package nl.netwerkregie.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of the application nodes, as the README's "Two nodes" section configures it: round
 * robin for a new browser, then the node named in the {@code SERVERID} cookie HAProxy inserts (sticky sessions), a
 * health check on the login page (it answers without a login) every second, and a node that is down or refuses the
 * connection skipped ({@code option redispatch}). {@link #available()} says whether the binary is installed
 * (run-tests.sh and run-faults.sh install it).
 */
final class HaProxy implements AutoCloseable {

    static final String BINARY = "/usr/sbin/haproxy";
    private final int port;
    private final Path config;
    private Process process;

    HaProxy(Path dir, List<AppNode> nodes) throws IOException {
        this.port = FaultsPostgres.freePort();
        this.config = dir.resolve("haproxy.cfg");
        Files.writeString(config, config(port, nodes));
    }

    static boolean available() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** The configuration, also printed in the README. */
    static String config(int port, List<AppNode> nodes) {
        return """
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    option redispatch
                    retries 2
                frontend netwerkregie
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie SERVERID insert indirect nocache
                    option httpchk GET /login
                    http-check expect status 200
                %s
                """.formatted(port, nodes.stream().map(node -> "    server %s 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie %s"
                .formatted(node.name(), node.port(), node.name())).collect(Collectors.joining("\n")));
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(BINARY, "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.resolveSibling("haproxy.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped: " + Files.readString(config.resolveSibling("haproxy.log")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("haproxy does not listen on " + port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
