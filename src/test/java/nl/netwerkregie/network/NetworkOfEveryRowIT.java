package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of a network's data carries its network, and what is read is only the current network's (ADR 0010);
 * a database from before many networks upgrades to a one-network installation with all its data.
 */
@Tag("persistence")
class NetworkOfEveryRowIT extends IntegrationTest {

    @Autowired OrganisationService organisations;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void whatWasUniqueInTheInstallationIsUniqueWithinANetwork() {
        String werkgroep = "insert into werkgroep (name, permanent, created_at, version, network_id) "
                + "values ('Zelfde naam', true, current_timestamp, 0, ?)";
        String base = "insert into contribution_base (contribution_year, amount, set_by, set_at, network_id) "
                + "values (1999, 10, 'test', current_timestamp, ?)";
        try {
            jdbc.update(werkgroep, "twente");
            jdbc.update(werkgroep, "utrecht");
            jdbc.update(base, "twente");
            jdbc.update(base, "utrecht");
            assertThatThrownBy(() -> jdbc.update(werkgroep, "utrecht"))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update(base, "utrecht"))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.update("delete from werkgroep where name = 'Zelfde naam'");
            jdbc.update("delete from contribution_base where contribution_year = 1999");
        }
    }

    @Test
    void rowsAreWrittenWithTheNetworkAndReadOnlyByIt() {
        loginAs("coordinator1");
        List<Organisation> twente = organisations.all();
        assertThat(twente).isNotEmpty();
        assertThat(jdbc.queryForList("select distinct network_id from organisation", String.class))
                .containsExactlyInAnyOrder("twente", "utrecht");

        loginAs("someone-of-utrecht", Role.COORDINATOR);
        List<Organisation> utrecht = CurrentNetwork.as("utrecht", organisations::all);
        assertThat(utrecht).isNotEmpty().extracting(Organisation::getId)
                .doesNotContainAnyElementsOf(twente.stream().map(Organisation::getId).toList());
        assertThat(CurrentNetwork.as("a-network-without-rows", organisations::all)).isEmpty();
        long id = twente.get(0).getId();
        assertThatThrownBy(() -> CurrentNetwork.as("utrecht", () -> organisations.get(id)))
                .isInstanceOf(DomainException.class).hasMessageContaining("organisation.notFound");
        assertThat(organisations.get(id).getName()).isEqualTo(twente.get(0).getName());
    }

    @Test
    void theInstallationsNetworkIsData() {
        assertThat(jdbc.queryForObject("select name from network where id = 'twente'", String.class))
                .isEqualTo("Netwerken Palliatieve Zorg Twente");
        assertThat(jdbc.queryForObject("select profile_yaml from network_rules where network_id = 'twente'", String.class))
                .contains("boardName: Dagelijks bestuur");
    }

    @Test
    void aSingleNetworkDatabaseUpgradesToAOneNetworkInstallation() {
        // A schema of its own, migrated to the last schema before many networks (V12), with data in it.
        Flyway before = Flyway.configure().dataSource(dataSource).schemas("upgrade_test").createSchemas(true)
                .locations("classpath:db/migration").target("12").cleanDisabled(false).load();
        before.clean();
        before.migrate();
        JdbcTemplate old = new JdbcTemplate(dataSource);
        // Quoted: Flyway creates the schema under its exact (lower-case) name, on H2 as on PostgreSQL.
        String schema = "\"upgrade_test\".";
        old.update("insert into " + schema + "organisation (name, kind, municipality, volunteer_organisation, status,"
                + " status_since, created_at, version) values ('Hospice De Cirkel', 'HOSPICE', 'Enschede', false,"
                + " 'MEMBER', date '2024-01-01', timestamp '2024-01-01 10:00:00', 0)");
        old.update("insert into " + schema + "jaarplan (plan_year, title, status, submitted_versions, created_at,"
                + " updated_at, version) values (2025, 'Jaarplan 2025', 'DRAFT', 0, timestamp '2024-11-01 10:00:00',"
                + " timestamp '2024-11-01 10:00:00', 0)");

        Flyway.configure().dataSource(dataSource).schemas("upgrade_test").locations("classpath:db/migration")
                .placeholders(Map.of("networkId", "twente")).cleanDisabled(false).load().migrate();

        assertThat(old.queryForList("select network_id from " + schema + "organisation", String.class))
                .containsExactly("twente");
        assertThat(old.queryForList("select network_id from " + schema + "jaarplan", String.class))
                .containsExactly("twente");
        Flyway.configure().dataSource(dataSource).schemas("upgrade_test").cleanDisabled(false).load().clean();
    }
}
