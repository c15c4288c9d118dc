package nl.netwerkregie.shared;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of a {@code select key, count(...) ... group by key} query, as a map; for figures that name no one. */
public final class Counts {

    private Counts() {
    }

    /** Rows of (year, count), the year as the database's number type gives it, by year. */
    public static Map<Integer, Long> perYear(List<Object[]> rows) {
        Map<Integer, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
