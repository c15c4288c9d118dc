package nl.netwerkregie.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the node JVMs, of the PostgreSQL server (the postmaster and its backends) and of the whole machine,
 * from {@code /proc}: two samples give each one's share over the interval in percent of one core (200 % is both
 * cores of this machine).
 */
final class CpuSample {

    private static final double TICKS = 100.0;
    private final long at = System.nanoTime();
    private final Map<String, Long> ticks = new LinkedHashMap<>();

    /** @param processes name to pid; a pid whose name starts with "postgres" counts its child processes too */
    CpuSample(Map<String, Long> processes) {
        processes.forEach((name, pid) -> ticks.put(name, name.startsWith("postgres") ? withChildren(pid) : ticks(pid, false)));
        ticks.put("machine (all processes)", machineBusy());
    }

    /** Percent of one core per process between this sample and the later one. */
    Map<String, Long> percentUntil(CpuSample later) {
        double seconds = (later.at - at) / 1e9;
        Map<String, Long> percent = new LinkedHashMap<>();
        ticks.forEach((name, before) -> percent.put(name, Math.round((later.ticks.get(name) - before) / TICKS / seconds * 100)));
        return percent;
    }

    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    /** utime + stime (and with {@code reaped} the waited-for children's), in clock ticks. */
    private static long ticks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return reaped ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long withChildren(long pid) {
        long sum = ticks(pid, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[1]) == pid) {
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return sum;
        }
        return sum;
    }

    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user nice system (idle iowait) irq softirq steal
            return List.of(1, 2, 3, 6, 7, 8).stream().mapToLong(i -> Long.parseLong(f[i])).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
