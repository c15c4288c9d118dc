package nl.netwerkregie.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL 15 server (zonky's binaries from Maven Central, as the test command's "postgres" run) on a fixed
 * port with a data folder of its own, that can be stopped and started again with its data: the database outage of
 * the fault tests. The application nodes reach it at {@link #jdbcUrl()}.
 */
public final class FaultsPostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    public FaultsPostgres(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
    }

    public synchronized void start() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60)).start();
        }
    }

    /** A fast shutdown ({@code pg_ctl stop -m fast}): open connections are cut, the data stays. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** A connection for the checks afterwards (reads only). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
