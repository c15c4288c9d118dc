package nl.netwerkregie.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.security.SecurityLogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Issue 17: a denied page and a service's refusal were not logged anywhere; now each is a security log line. */
class DenialsAreLoggedTest extends UiTest {

    @Test
    void aMemberContactOpeningTheCoordinatorsPageIsLoggedWithRouteAndUser() {
        login("contact1");
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            assertRefused(() -> UI.getCurrent().navigate("organisaties"));
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=access-denied user=\"contact1\"")
                    && line.contains("page /organisaties"));
        }
    }

    @Test
    void aServiceThatRefusesIsLogged() {
        login("contact1");
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            boolean done = UiErrors.attempt(() -> {
                throw new AccessDeniedException("Task 42 is not the user's");
            });
            assertThat(done).isFalse();
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=access-denied user=\"contact1\"")
                    && line.contains("Task 42 is not the user's"));
        }
    }
}
