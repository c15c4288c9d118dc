package nl.netwerkregie.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The rounds that run by themselves (sending the outbox, digests, reminders). Off in the tests, which run a round
 * themselves at the moment they choose ({@code netwerkregie.scheduling: false}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "netwerkregie.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
