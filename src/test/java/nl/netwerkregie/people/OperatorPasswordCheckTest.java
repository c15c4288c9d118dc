package nl.netwerkregie.people;

import static org.assertj.core.api.Assertions.assertThat;

import nl.netwerkregie.security.OperatorAccountProperties;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Issue 17: {@code NETWERKREGIE_OPERATOR_PASSWORD=x} was accepted, and the operator's account is the one that can
 * repair every network. Now the start stops and says what to set; the demo profile's rules (4 characters) still let
 * "demo" through.
 */
class OperatorPasswordCheckTest {

    @Configuration
    @EnableConfigurationProperties({OperatorAccountProperties.class, PeopleProperties.class})
    @Import({PasswordPolicy.class, TranslationProvider.class, OperatorPasswordCheck.class})
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class)
            .withPropertyValues("netwerkregie.operator.username=beheerder");

    @Test
    void aOneCharacterOperatorPasswordStopsTheStartWithAClearMessage() {
        runner.withPropertyValues("netwerkregie.operator.password=x").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("NETWERKREGIE_OPERATOR_PASSWORD is refused")
                    .hasMessageContaining("at least 12 characters");
        });
    }

    @Test
    void aCommonOperatorPasswordStopsTheStart() {
        runner.withPropertyValues("netwerkregie.operator.password=Welkom2026!!").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("too easy to guess"));
    }

    @Test
    void aLongUnusualPasswordStarts() {
        runner.withPropertyValues("netwerkregie.operator.password=kaarsrecht-Ijsvogel-onder-de-brug-17")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theDemoRulesLetTheDemoPasswordThrough() {
        runner.withPropertyValues("netwerkregie.operator.password=demo", "netwerkregie.people.password.min-length=4",
                "netwerkregie.people.password.check-common=false").run(context -> assertThat(context).hasNotFailed());
    }
}
