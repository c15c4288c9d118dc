package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Outside the demo profile there is no default operator password: start-up fails and says what to set. */
class OperatorAccountPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(OperatorAccountProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class)
            .withPropertyValues("netwerkregie.operator.username=beheerder");

    @Test
    void refusesToStartWithoutAPassword() {
        runner.withPropertyValues("netwerkregie.operator.password=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("NETWERKREGIE_OPERATOR_PASSWORD");
        });
    }

    @Test
    void startsWithAPassword() {
        runner.withPropertyValues("netwerkregie.operator.password=s3cret-from-env").run(context ->
                assertThat(context.getBean(OperatorAccountProperties.class).password()).isEqualTo("s3cret-from-env"));
    }

    @Test
    void theBaseConfigurationHasNoPassword() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/application.yaml").readAllBytes());
        assertThat(yaml).contains("password: ${NETWERKREGIE_OPERATOR_PASSWORD:}");
    }
}
