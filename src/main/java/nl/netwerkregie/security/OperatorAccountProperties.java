package nl.netwerkregie.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The operator (beheerder) account created at first start. It has no default password: outside the demo
 * profile the application refuses to start until NETWERKREGIE_OPERATOR_PASSWORD is set.
 */
@Validated
@ConfigurationProperties("netwerkregie.operator")
public record OperatorAccountProperties(
        @NotBlank String username,
        @NotBlank(message = "is not set: set the environment variable NETWERKREGIE_OPERATOR_PASSWORD "
                + "(there is no default password outside the demo profile)") String password) {
}
