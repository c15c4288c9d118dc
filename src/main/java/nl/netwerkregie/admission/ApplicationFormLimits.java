package nl.netwerkregie.admission;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often strangers may send the public application form (issue 17). A real organisation applies once, perhaps
 * twice after a typo; a network gets a handful of applications a year. So a few per address and a hundred an hour
 * in all stop a script long before it fills the registry, and never a real applicant.
 *
 * @param perAddress       submissions one source address may make per {@code perAddressWindow}
 * @param perAddressWindow the window in which those refill
 * @param total            submissions from all addresses together per {@code totalWindow}
 * @param totalWindow      the window in which those refill
 */
@Validated
@ConfigurationProperties("netwerkregie.application-form")
public record ApplicationFormLimits(
        @Min(1) @DefaultValue("5") int perAddress,
        @NotNull @DefaultValue("PT10M") Duration perAddressWindow,
        @Min(1) @DefaultValue("100") int total,
        @NotNull @DefaultValue("PT1H") Duration totalWindow) {
}
