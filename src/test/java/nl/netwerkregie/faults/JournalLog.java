package nl.netwerkregie.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load driver's journal as the test reads it: lines {@code millis node EVENT KIND KEY [detail]}, with the
 * test's own {@code KILLED} lines between the starts of a node. A line cut off by a kill is ignored (it was not
 * confirmed).
 */
final class JournalLog {

    record Line(long millis, String node, String event, String kind, String key) {
    }

    private final Path file;

    JournalLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Written by the test after a kill, when the node's JVM is gone (nobody else writes then). */
    void killed(int cycle) throws IOException {
        Files.writeString(file, System.currentTimeMillis() + " test KILLED CYCLE " + cycle + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    List<Line> lines() throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            String[] f = line.split(" ", 6);
            if (f.length >= 5 && f[0].matches("\\d+")) {
                lines.add(new Line(Long.parseLong(f[0]), f[1], f[2], f[3], f[4]));
            }
        }
        return lines;
    }

    /** The keys confirmed (OK) per kind, in order; a key twice would be a step confirmed twice. */
    Map<String, List<String>> confirmed() throws IOException {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Line line : lines()) {
            if ("OK".equals(line.event())) {
                byKind.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line.key());
            }
        }
        return byKind;
    }

    /** Steps begun and neither confirmed nor refused before a kill: the user was never told they succeeded. */
    List<Line> unconfirmedAtKills() throws IOException {
        List<Line> cut = new ArrayList<>();
        Map<String, Line> open = new LinkedHashMap<>();
        for (Line line : lines()) {
            String id = line.kind() + " " + line.key();
            switch (line.event()) {
                case "BEGIN" -> open.put(id, line);
                case "OK", "FAIL" -> open.remove(id);
                case "KILLED" -> {
                    cut.addAll(open.values());
                    open.clear();
                }
                default -> {
                }
            }
        }
        return cut;
    }

    long count(String event) throws IOException {
        return lines().stream().filter(l -> event.equals(l.event())).count();
    }

    /** Keys confirmed more than once. */
    static Set<String> twice(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        return twice;
    }
}
