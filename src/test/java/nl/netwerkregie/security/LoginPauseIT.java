package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import nl.netwerkregie.IntegrationTest;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Lock-out that protects without handing strangers a weapon (issue 17): failed logins pause an account for a
 * growing while and never for good, an address that keeps failing is paused as a whole while others are not, and
 * a restart lets the operator back in.
 */
class LoginPauseIT extends IntegrationTest {

    @Autowired CamundaIdentityAuthenticationProvider provider;
    @Autowired IdentityBootstrap bootstrap;
    @Autowired OperatorAccountProperties operator;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void twentyWrongPasswordsPauseTheAccountForAtMostAMinuteAndTheRightOneWorksAfterwards() {
        String user = account();
        Instant before = Instant.now();
        Throwable last = null;
        for (int attempt = 1; attempt <= 20; attempt++) {
            UsernamePasswordAuthenticationToken wrong = login(user, "fout-" + attempt, "10.1.0." + attempt);
            last = catchFrom(() -> provider.authenticate(wrong));
        }
        assertThat(last).as("the account is paused, and the user is told until when").isInstanceOf(LoginPausedException.class);
        Instant until = ((LoginPausedException) last).until();
        assertThat(until).isAfter(before).isBefore(Instant.now().plusSeconds(61));
        assertThatThrownBy(() -> provider.authenticate(login(user, "Goed-wachtwoord-2026", "10.1.1.1")))
                .as("while paused, not even the right password").isInstanceOf(LoginPausedException.class);

        ClockUtil.setCurrentTime(Date.from(until.plusSeconds(1)));
        Authentication in = provider.authenticate(login(user, "Goed-wachtwoord-2026", "10.1.1.1"));
        assertThat(in.isAuthenticated()).as("never locked for good (Camunda's default: after 10)").isTrue();
    }

    @Test
    void anAddressThatKeepsFailingIsPausedAsAWholeAndAnotherAddressIsNot() {
        String address = "10.2.0." + (System.nanoTime() % 200);
        for (int attempt = 1; attempt <= LoginThrottle.FAILURES; attempt++) {
            String stranger = "bestaat-niet-" + attempt;
            assertThatThrownBy(() -> provider.authenticate(login(stranger, "fout", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        String user = account();
        assertThatThrownBy(() -> provider.authenticate(login(user, "Goed-wachtwoord-2026", address)))
                .isInstanceOf(LoginPausedException.class)
                .satisfies(e -> assertThat(((LoginPausedException) e).until()).isAfter(Instant.now()));
        assertThat(provider.authenticate(login(user, "Goed-wachtwoord-2026", "10.3.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    void aRestartLetsTheOperatorBackInWhateverStrangersTried() throws Exception {
        for (int attempt = 1; attempt <= 12; attempt++) {
            UsernamePasswordAuthenticationToken wrong = login(operator.username(), "fout", "10.4.0." + attempt);
            catchFrom(() -> provider.authenticate(wrong));
        }
        assertThat(identityService.checkPassword(operator.username(), operator.password())).as("paused now").isFalse();
        bootstrap.run(null);
        assertThat(identityService.checkPassword(operator.username(), operator.password())).isTrue();
    }

    private String account() {
        String id = "pauze" + System.nanoTime();
        User user = identityService.newUser(id);
        user.setFirstName("Pauze");
        user.setLastName("Test");
        user.setPassword("Goed-wachtwoord-2026");
        identityService.saveUser(user);
        // An account without a role may not log in at all (SecurityProbesIT).
        identityService.createMembership(id, Role.SECRETARY.groupId());
        return id;
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static Throwable catchFrom(Runnable attempt) {
        try {
            attempt.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
