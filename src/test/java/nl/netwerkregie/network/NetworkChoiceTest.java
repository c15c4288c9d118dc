package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which network a request is for, by who asks: the one of their own, none until chosen, none for the national organisation. */
class NetworkChoiceTest {

    private final Map<String, Set<String>> networksOf = Map.of("coordinator1", Set.of("twente"),
            "both", Set.of("twente", "utrecht"));
    private final NetworkChoice choice = new NetworkChoice(u -> networksOf.getOrDefault(u, Set.of()), null, null,
            new nl.netwerkregie.security.CurrentUser());

    // A request's scope: the network a choice switches to ends with it, and leaks into no other test.
    private final CurrentNetwork.Scope request = CurrentNetwork.enter(null);

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        request.close();
    }

    @Test
    void theNationalOrganisationWorksForNoNetwork() {
        login("landelijk", "ROLE_NATIONAL");
        assertThat(choice.forRequest(null)).contains(NetworkChoice.NONE);
    }

    @Test
    void othersWorkForTheirNetworkNoneUntilChosenOrTheInstallations() {
        login("coordinator1", "ROLE_COORDINATOR");
        assertThat(choice.forRequest(null)).contains("twente");
        login("both", "ROLE_COORDINATOR");
        assertThat(choice.forRequest(null)).contains(NetworkChoice.NONE);
        login("beheerder", "ROLE_OPERATOR", "ROLE_NATIONAL");
        assertThat(choice.forRequest(null)).isEqualTo(Optional.empty());
        SecurityContextHolder.clearContext();
        assertThat(choice.forRequest(null)).isEqualTo(Optional.empty());
    }

    private static void login(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
    }
}
