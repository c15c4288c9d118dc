package nl.netwerkregie.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Failed logins per source address (issue 17): 20 may fail, then one more each 30 seconds (a token bucket from
 * Bucket4j, refilled greedily: 20 per 10 minutes). An address that guesses at many accounts is slowed down as a
 * whole; a person at another address is not. Camunda pauses the account itself for a growing while
 * ({@code login-max-attempts} in application.yaml). Only failures count, and only the newest 10,000 addresses are
 * remembered, so a flood of addresses cannot fill the heap.
 */
@Component
public class LoginThrottle {

    static final int FAILURES = 20;
    static final Duration REFILL = Duration.ofMinutes(10);
    private static final int ADDRESSES = 10_000;

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    /** Until when logins from this address are refused, if they are. */
    public synchronized Optional<Instant> pausedUntil(String address) {
        EstimationProbe probe = bucket(address).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Instant.now().plusNanos(probe.getNanosToWaitForRefill()));
    }

    /** A login from this address failed. */
    public synchronized void failed(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return buckets.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(FAILURES).refillGreedy(FAILURES, REFILL).build()).build());
    }
}
