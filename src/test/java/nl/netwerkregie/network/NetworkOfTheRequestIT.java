package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which network a request works for: the one of a person who works for one, none until chosen for a person of
 * several, the one a public address names for a visitor; and nothing of it leaks past the request.
 */
class NetworkOfTheRequestIT extends IntegrationTest {

    @Autowired NetworkOfTheRequest filter;
    @Autowired NetworkChoice choice;
    @Autowired CurrentNetwork currentNetwork;

    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aPersonOfOneNetworkWorksForIt() throws Exception {
        loginAs("coordinatorutrecht");
        assertThat(networkOfARequest(null)).isEqualTo("utrecht");
        loginAs("coordinator1");
        assertThat(networkOfARequest(null)).isEqualTo("twente");
        assertThat(CurrentNetwork.isNamed()).as("nothing left on the thread after the request").isFalse();
    }

    @Test
    void aPersonOfTwoNetworksChoosesAndMayChooseOnlyTheirs() throws Exception {
        loginAs("adviseur");
        assertThat(networkOfARequest(null)).isEqualTo(NetworkChoice.NONE);
        assertThat(inARequest(() -> choice.available().stream().map(Network::getId).toList()))
                .containsExactlyInAnyOrder("twente", "utrecht");
        inARequest(() -> {
            choice.choose("utrecht");
            return null;
        });
        assertThat(networkOfARequest(null)).isEqualTo("utrecht");
        assertThatThrownBy(() -> inARequest(() -> {
            choice.choose("a-network-not-hers");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(networkOfARequest(null)).isEqualTo("utrecht");
    }

    @Test
    void aVisitorIsForTheNetworkTheAddressNamesAndALoggedInUserIsNot() throws Exception {
        SecurityContextHolder.clearContext();
        assertThat(networkOfARequest(null)).isEqualTo(currentNetwork.installationNetworkId());
        assertThat(networkOfARequest("utrecht")).isEqualTo("utrecht");
        assertThat(networkOfARequest(null)).as("the session keeps it").isEqualTo("utrecht");
        assertThat(networkOfARequest("no-such-network")).as("an unknown network changes nothing").isEqualTo("utrecht");

        loginAs("coordinator1");
        assertThat(networkOfARequest("utrecht")).isEqualTo("twente");
    }

    private String networkOfARequest(String visitorNetwork) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/aanmelden");
        request.setSession(session);
        if (visitorNetwork != null) {
            request.setParameter(NetworkChoice.VISITOR_PARAMETER, visitorNetwork);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            filter.doFilter(request, new MockHttpServletResponse(),
                    new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                        @Override
                        protected void service(jakarta.servlet.http.HttpServletRequest req,
                                jakarta.servlet.http.HttpServletResponse res) {
                            seen.set(currentNetwork.id());
                        }
                    }));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        return seen.get();
    }

    private <T> T inARequest(java.util.function.Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            filter.doFilter(request, new MockHttpServletResponse(),
                    new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                        @Override
                        protected void service(jakarta.servlet.http.HttpServletRequest req,
                                jakarta.servlet.http.HttpServletResponse res) {
                            try {
                                result.set(work.get());
                            } catch (RuntimeException e) {
                                failed.set(e);
                            }
                        }
                    }));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return result.get();
    }
}
