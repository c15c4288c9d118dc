package nl.netwerkregie.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.security.LoginPausedException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/**
 * A paused login says so, and until when, in Dutch; a wrong password keeps the plain message (issue 17); a login the
 * database could not check (an outage, issue 19) says that, not "wrong password".
 */
class LoginViewTest extends UiTest {

    @Test
    void aPausedLoginSaysUntilWhen() {
        Instant until = Instant.parse("2026-12-03T12:45:07Z");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginPausedException(until));
        UI.getCurrent().setLocale(nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH);
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Inloggen even gepauzeerd",
                "Na te veel mislukte pogingen is inloggen even gepauzeerd. Probeer het na 13:45:07 opnieuw.");
    }

    @Test
    void aWrongPasswordKeepsThePlainMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().setLocale(nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH);
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(texts(_get(LoginForm.class))).doesNotContain("gepauzeerd", "paused").containsAnyOf("Controleer uw gebruikersnaam", "Check your username");
    }

    @Test
    void aLoginTheDatabaseCouldNotCheckSaysSoCalmly() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new nl.netwerkregie.security.LoginUnavailableException(new IllegalStateException("connection refused")));
        UI.getCurrent().setLocale(nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH);
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(texts(_get(LoginForm.class))).contains("Inloggen lukt even niet",
                "Netwerkregie kan zijn gegevens op dit moment niet bereiken").doesNotContain("Controleer uw gebruikersnaam");
    }

    /** The form's texts as the browser gets them (LoginForm keeps its getter to itself). */
    private static String texts(LoginForm form) {
        Object raw = form.getElement().getPropertyRaw("i18n");
        return raw instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(raw);
    }
}
