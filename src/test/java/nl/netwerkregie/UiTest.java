package nl.netwerkregie;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Base of the browserless view tests (Karibu): the real Spring context and services, a faked Vaadin
 * servlet, and a logged-in user whose roles the view access checks see.
 */
public abstract class UiTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.netwerkregie");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // The faked browser sends no language; the product's default for a new session is Dutch.
        VaadinSession.getCurrent().setLocale(TranslationProvider.DUTCH);
        UI.getCurrent().setLocale(TranslationProvider.DUTCH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Logs in and makes the faked request carry the user, so {@code @RolesAllowed} checks see them. */
    protected void login(String username) {
        Authentication auth = loginAs(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Navigates and expects the route check to refuse: the user sees "niet gevonden" (the page's existence is not
     * revealed) and the refusal is in the security log (AccessDeniedView).
     */
    protected void assertRefused(Runnable navigation) {
        navigation.run();
        org.assertj.core.api.Assertions.assertThat(com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(nl.netwerkregie.shared.ui.PageNotFoundView.class)).as("shown as not found").hasSize(1);
    }
}
