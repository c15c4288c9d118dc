package nl.netwerkregie.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every rule that depends on the date (notice periods, trial years, deadlines). */
@Configuration
public class ClockConfig {

    /** The networks are Dutch; dates such as "31 December" are meant in Amsterdam time. */
    public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETWORK_ZONE);
    }
}
