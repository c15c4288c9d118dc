package nl.netwerkregie.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each address has its own few submissions, and all addresses together share the total. */
class ApplicationThrottleTest {

    private final ApplicationThrottle throttle = new ApplicationThrottle(
            new ApplicationFormLimits(2, Duration.ofMinutes(10), 3, Duration.ofHours(1)));

    @Test
    void anAddressIsStoppedAfterItsShareAndToldHowLongToWait() {
        assertThat(throttle.take("10.0.0.1")).isEmpty();
        assertThat(throttle.take("10.0.0.1")).isEmpty();
        assertThat(throttle.take("10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        assertThat(throttle.take("10.0.0.2")).as("another address is not stopped").isEmpty();
    }

    @Test
    void manyAddressesTogetherAreStoppedByTheTotal() {
        assertThat(throttle.take("10.0.0.1")).isEmpty();
        assertThat(throttle.take("10.0.0.2")).isEmpty();
        assertThat(throttle.take("10.0.0.3")).isEmpty();
        assertThat(throttle.take("10.0.0.4")).isPresent();
    }
}
