package nl.netwerkregie.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production rules: at least 12 characters and not easy to guess (the demo profile relaxes them). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new PeopleProperties(Duration.ofDays(7),
            Duration.ofHours(2), new PeopleProperties.Password(12, true)));

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "Elf tekens!"})
    void tooShortIsRefused(String password) {
        assertThatThrownBy(() -> policy.check(password)).isInstanceOf(DomainException.class)
                .hasMessageContaining("account.password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wachtwoord123", "password1234", "123456789012", "qwertyuiopas", "welkom2024!!",
            "aaaaaaaaaaaa", "Kamphuis1234"})
    void commonOrGuessableIsRefused(String password) {
        assertThatThrownBy(() -> policy.check(password, "Hendrik", "Kamphuis", "h.kamphuis@mst.example"))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.password.tooEasy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"paars-fietsje-onder-de-brug", "zeven zwanen zwemmen zuid", "Tr0mpet!Kast#Vlieg"})
    void aLongUnusualPasswordIsAccepted(String password) {
        assertThatCode(() -> policy.check(password, "Hendrik", "Kamphuis")).doesNotThrowAnyException();
    }
}
