package nl.netwerkregie.network;

import java.util.function.Supplier;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The network the current work is for: Hibernate writes it into every row of a network's data ({@code @TenantId
 * networkId}) and filters every query by it, so no feature has to remember the filter (ADR 0010). A step working
 * for a named network runs inside {@link #as(String, Supplier)}; everything else works for the installation's
 * network, the one its profile names (today an installation has one).
 */
@Configuration
public class CurrentNetwork implements CurrentTenantIdentifierResolver<String> {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final NetworkProfile installation;

    CurrentNetwork(NetworkProfileConfig.InstallationProfile installation) {
        this.installation = installation.profile();
    }

    /** The id of the installation's own network, the one its start-up profile names. */
    public String installationNetworkId() {
        return installation.id();
    }

    /** The id of the network the current work is for. */
    public String id() {
        String current = CURRENT.get();
        return current != null ? current : installation.id();
    }

    /** Runs the work for that network, and then returns to the one before. */
    public static <T> T as(String networkId, Supplier<T> work) {
        try (Scope scope = enter(networkId)) {
            return work.get();
        }
    }

    /** Runs the work for that network, and then returns to the one before. */
    public static void run(String networkId, Runnable work) {
        try (Scope scope = enter(networkId)) {
            work.run();
        }
    }

    /**
     * Work from here on is for that network, until the scope is closed (a request, a job). Open it before the
     * transaction: Hibernate fixes a session's network when the session opens.
     */
    public static Scope enter(String networkId) {
        String before = CURRENT.get();
        CURRENT.set(networkId);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /**
     * Work of the current scope is for that network from here on (a user chose it in this request). Only between
     * transactions: a session already open keeps its network.
     */
    static void switchTo(String networkId) {
        CURRENT.set(networkId);
    }

    /** True while some work runs for a named network (a request of a user, a job, {@link #as}). */
    public static boolean isNamed() {
        return CURRENT.get() != null;
    }

    /** The end of work for a network: returns to the network before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        return id();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        // A session opened for one network must not go on serving another.
        return true;
    }

    @Bean
    HibernatePropertiesCustomizer networkOfEveryRow() {
        return properties -> properties.put("hibernate.tenant_identifier_resolver", this);
    }

    /** The network the rows of a database from before ADR 0010 belong to (V13's placeholder). */
    @Bean
    FlywayConfigurationCustomizer networkOfExistingRows() {
        return configuration -> configuration.placeholders(java.util.Map.of("networkId", installation.id()));
    }
}
