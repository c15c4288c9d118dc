package nl.netwerkregie.admission;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) for the public form: one per source address and one for everyone together, sized by
 * {@link ApplicationFormLimits}. Every submission that reaches the service takes a token, refused ones too: a
 * script is slowed whatever it sends. Only the newest 10,000 addresses are remembered, so a flood of addresses
 * cannot fill the heap (they still share the total).
 */
@Component
class ApplicationThrottle {

    private static final int ADDRESSES = 10_000;

    private final ApplicationFormLimits limits;
    private final Bucket everyone;
    private final Map<String, Bucket> perAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    ApplicationThrottle(ApplicationFormLimits limits) {
        this.limits = limits;
        this.everyone = bucket(limits.total(), limits.totalWindow());
    }

    /**
     * Takes a token for one submission from the address.
     *
     * @return empty when it may go on, else how long until the next one may
     */
    synchronized Optional<Duration> take(String address) {
        Bucket own = perAddress.computeIfAbsent(address == null ? "" : address,
                a -> bucket(limits.perAddress(), limits.perAddressWindow()));
        ConsumptionProbe ownProbe = own.tryConsumeAndReturnRemaining(1);
        if (!ownProbe.isConsumed()) {
            return Optional.of(Duration.ofNanos(ownProbe.getNanosToWaitForRefill()));
        }
        ConsumptionProbe allProbe = everyone.tryConsumeAndReturnRemaining(1);
        return allProbe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(allProbe.getNanosToWaitForRefill()));
    }

    private static Bucket bucket(int capacity, Duration window) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }
}
