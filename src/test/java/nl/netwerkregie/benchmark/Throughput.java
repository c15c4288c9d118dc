package nl.netwerkregie.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs each thread's share of the work on a thread of its own and measures the rate and each item's latency. */
record Throughput(double perSecond, Timings timings) {

    static <T> Throughput run(List<List<T>> workPerThread, Consumer<T> item) throws Exception {
        Timings timings = new Timings();
        ExecutorService threads = Executors.newFixedThreadPool(workPerThread.size());
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (List<T> share : workPerThread) {
                done.add(threads.submit(() -> share.forEach(each -> {
                    long itemStart = System.nanoTime();
                    item.accept(each);
                    timings.add(System.nanoTime() - itemStart);
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long elapsed = System.nanoTime() - start;
            int items = workPerThread.stream().mapToInt(List::size).sum();
            return new Throughput(items / (elapsed / 1e9), timings);
        } finally {
            threads.shutdown();
        }
    }
}
