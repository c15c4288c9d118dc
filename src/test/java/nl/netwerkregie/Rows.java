package nl.netwerkregie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Test data straight into the tables, when going through the app would take too long for thousands of rows. */
public final class Rows {

    private Rows() {
    }

    /** Runs an insert and returns the generated id (H2 names the key column ID, PostgreSQL id). */
    public static long insert(JdbcTemplate jdbc, String sql, Object... values) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, keys);
        return ((Number) keys.getKeys().get(keys.getKeys().containsKey("id") ? "id" : "ID")).longValue();
    }
}
