package nl.netwerkregie;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the Spring tests use. By default the embedded H2 of the product; with the system property
 * {@code netwerkregie.test.database=postgres} (the pom's "postgres" Surefire execution) a real PostgreSQL 15
 * server from Maven Central binaries, started once per test JVM.
 */
public final class TestDatabase {

    public static final String PROPERTY = "netwerkregie.test.database";
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (!isPostgres()) {
            return;
        }
        EmbeddedPostgres server = start();
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static synchronized EmbeddedPostgres start() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going down anyway
                }
            }));
        }
        return postgres;
    }
}
