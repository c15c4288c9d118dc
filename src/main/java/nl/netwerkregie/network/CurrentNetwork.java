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

    CurrentNetwork(NetworkProfile installation) {
        this.installation = installation;
    }

    /** The id of the network the current work is for. */
    public String id() {
        String current = CURRENT.get();
        return current != null ? current : installation.id();
    }

    /** Runs the work for that network, and then returns to the one before. */
    public static <T> T as(String networkId, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(networkId);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
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
