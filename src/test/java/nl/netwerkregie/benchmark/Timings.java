package nl.netwerkregie.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Durations of repeated calls, and their percentiles in milliseconds. Thread-safe: two threads may add. */
final class Timings {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    <T> T time(Callable<T> call) throws Exception {
        long start = System.nanoTime();
        T result = call.call();
        nanos.add(System.nanoTime() - start);
        return result;
    }

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest rank: the smallest duration at or above which {@code percent} % of the calls fall. */
    private double percentile(int percent) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }
}
