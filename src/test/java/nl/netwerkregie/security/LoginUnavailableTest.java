package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * When the account store does not answer (the database down, issue 19), a login is refused as "not possible right
 * now", so the login page can say so: not as a wrong password, and not as an error page with a stack trace.
 */
class LoginUnavailableTest {

    @Test
    void anEngineThatCannotReachItsDatabaseMakesTheLoginUnavailable() {
        IdentityService identity = mock(IdentityService.class);
        when(identity.checkPassword(anyString(), anyString())).thenThrow(new ProcessEngineException(
                "ENGINE-03004 Exception while executing Database Operation", new java.sql.SQLException("refused", "08001")));
        CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, List.of(),
                Optional.empty(), mock(LoginThrottle.class), mock(PasswordHashUpgrade.class));
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bestuur1",
                "demo"))).isInstanceOf(LoginUnavailableException.class);
    }
}
