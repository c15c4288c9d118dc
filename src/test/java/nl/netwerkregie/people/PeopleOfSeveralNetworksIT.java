package nl.netwerkregie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person works for one or more networks with one account. Until roles are per network, nobody of one network
 * changes what the person may do in another: they join with the roles they have, and only the hosting operator
 * changes the roles or the account of a person of several networks.
 */
@Tag("persistence")
class PeopleOfSeveralNetworksIT extends IntegrationTest {

    @Autowired PeopleService people;
    @Autowired PeopleQueries queries;

    @Test
    void aPersonJoinsAnotherNetworkWithTheirOwnRolesOnly() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String email = "twee" + suffix + "@netwerken.example";
        loginAs("coordinator1");
        PeopleService.Invitation twente = people.invite(new PersonForm("Sem", "Twee " + suffix, email, null,
                Set.of(Role.SECRETARY)));

        loginAs("coordinatorutrecht");
        assertThatThrownBy(() -> CurrentNetwork.as("utrecht", () -> people.invite(new PersonForm("Sem",
                "Twee " + suffix, email, null, Set.of(Role.COORDINATOR)))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("person.otherRolesInOtherNetwork"));
        assertThat(queries.networksOf(twente.username())).containsExactly("twente");

        PeopleService.Invitation joined = CurrentNetwork.as("utrecht", () -> people.invite(new PersonForm("Sem",
                "Twee " + suffix, email, null, Set.of(Role.SECRETARY))));
        assertThat(joined.personId()).isEqualTo(twente.personId());
        assertThat(joined.token()).as("no new password: the account stays").isNull();
        assertThat(queries.networksOf(twente.username())).containsExactlyInAnyOrder("twente", "utrecht");
        assertThat(CurrentNetwork.as("utrecht", queries::all)).extracting(PersonRow::username)
                .contains(twente.username());

        // Neither network's coordinator changes the person's roles or account now; the hosting operator does.
        for (String network : new String[] {"utrecht", "twente"}) {
            loginAs(network.equals("utrecht") ? "coordinatorutrecht" : "coordinator1");
            assertThatThrownBy(() -> CurrentNetwork.run(network,
                    () -> people.changeRoles(twente.personId(), Set.of(Role.COORDINATOR))))
                    .isInstanceOf(DomainException.class).hasMessageContaining("person.inSeveralNetworks");
            assertThatThrownBy(() -> CurrentNetwork.run(network, () -> people.deactivate(twente.personId())))
                    .isInstanceOf(DomainException.class).hasMessageContaining("person.inSeveralNetworks");
        }
        loginAs("beheerder");
        CurrentNetwork.run("twente", () -> people.changeRoles(twente.personId(), Set.of(Role.MEMBER_CONTACT)));
        assertThat(queries.byUsername(twente.username()).orElseThrow().accountRoles())
                .containsExactly(Role.MEMBER_CONTACT);
    }
}
