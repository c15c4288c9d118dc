package nl.netwerkregie.network;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;

/**
 * What a call or a screen gave back, as text: every string, number and date in it, through our records, entities,
 * collections and maps (six levels deep, unloaded Hibernate collections skipped), so an isolation probe can look for
 * another network's names in it.
 */
final class Leaks {

    /** Columns whose values name what a network has: organisations, decisions, werkgroepen, goals, people, files. */
    private static final java.util.List<String> NAMING_COLUMNS = java.util.List.of(
            "name", "subject", "title", "doel", "person_name", "file_name", "bestuurder_name");

    private Leaks() {
    }

    /**
     * The names, subjects, titles and goals in the rows of network B (every table with a network_id) that network A
     * has not by the same name, and at least six characters long: what must never reach A.
     */
    static java.util.Set<String> namesOnlyOf(org.springframework.jdbc.core.JdbcTemplate jdbc, String b, String a) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.Set<String> ofA = new java.util.HashSet<>();
        java.util.List<Map<String, Object>> columns = jdbc.queryForList("select lower(table_name) t, "
                + "lower(column_name) c from information_schema.columns where lower(table_schema) = "
                + "lower(current_schema()) and lower(table_name) in (select lower(table_name) from "
                + "information_schema.columns where lower(column_name) = 'network_id' and lower(table_schema) = "
                + "lower(current_schema())) and lower(table_name) <> 'person_network'");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            if (NAMING_COLUMNS.contains(name)) {
                String select = "select " + name + " from " + table + " where network_id = ? and " + name
                        + " is not null";
                names.addAll(jdbc.queryForList(select, String.class, b));
                ofA.addAll(jdbc.queryForList(select, String.class, a));
            }
        }
        names.removeAll(ofA);
        names.removeIf(name -> name.length() < 6);
        return names;
    }

    static String textOf(Object value) {
        StringBuilder text = new StringBuilder();
        collect(value, text, new IdentityHashMap<>(), 0);
        return text.toString();
    }

    private static void collect(Object value, StringBuilder text, Map<Object, Boolean> seen, int depth) {
        if (value == null || depth > 6 || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            text.append(value).append('\n');
        } else if (value instanceof byte[] bytes) {
            text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, text, seen, depth + 1));
        } else if (value instanceof Collection<?> collection) {
            if (Hibernate.isInitialized(collection)) {
                collection.forEach(v -> collect(v, text, seen, depth + 1));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, text, seen, depth + 1);
                collect(v, text, seen, depth + 1);
            });
        } else if (value.getClass().getPackageName().startsWith("nl.netwerkregie")) {
            if (!Hibernate.isInitialized(value)) {
                return;
            }
            for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        collect(field.get(value), text, seen, depth + 1);
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        // A field we cannot read tells nothing either way.
                    }
                }
            }
        } else {
            text.append(value).append('\n');
        }
    }

}
