package nl.netwerkregie.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The samples of one load run ({@code action millis ok|ErrorClass} per step, one file per node), as a table: per
 * action the steps, the failures by kind, p50 and p95 of the time a step took, and steps per second.
 */
final class LoadFigures {

    private final Map<String, List<Long>> millis = new TreeMap<>();
    private final Map<String, Map<String, Integer>> failures = new TreeMap<>();
    private final double seconds;
    private long steps;
    private long failed;

    LoadFigures(List<Path> files, double seconds) throws IOException {
        this.seconds = seconds;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(" ");
                if (f.length < 3) {
                    continue;
                }
                steps++;
                millis.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
                if (!"ok".equals(f[2])) {
                    failed++;
                    failures.computeIfAbsent(f[0], k -> new TreeMap<>()).merge(f[2], 1, Integer::sum);
                }
            }
        }
    }

    long steps() {
        return steps;
    }

    long failed() {
        return failed;
    }

    double perSecond() {
        return Math.round(steps / seconds * 10) / 10.0;
    }

    /** Lines starting with the prefix: one per action, and the total. */
    String table(String prefix, String title) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%s %s%n", prefix, title));
        table.append(String.format("%s   %-12s %7s %7s %8s %8s %8s  %s%n", prefix, "action", "steps", "/s", "p50 ms",
                "p95 ms", "errors", "errors by kind"));
        millis.forEach((action, times) -> {
            Map<String, Integer> byKind = failures.getOrDefault(action, Map.of());
            table.append(String.format("%s   %-12s %7d %7.1f %8d %8d %8d  %s%n", prefix, action, times.size(),
                    times.size() / seconds, percentile(times, 50), percentile(times, 95),
                    byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind.isEmpty() ? "" : byKind));
        });
        List<Long> all = millis.values().stream().flatMap(List::stream).toList();
        table.append(String.format("%s   %-12s %7d %7.1f %8d %8d %8d%n", prefix, "all", steps, steps / seconds,
                percentile(all, 50), percentile(all, 95), failed));
        return table.toString();
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
