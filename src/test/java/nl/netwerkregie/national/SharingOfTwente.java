package nl.netwerkregie.national;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Twente's sharing as the demo left it, kept by a test that changes it and put back afterwards (tests share the database). */
public final class SharingOfTwente {

    private final JdbcTemplate jdbc;
    private final Map<String, Object> before;

    private SharingOfTwente(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.before = jdbc.queryForMap("select share_national, share_national_since, share_national_by,"
                + " share_national_decision from network where id = 'twente'");
    }

    public static SharingOfTwente remember(JdbcTemplate jdbc) {
        return new SharingOfTwente(jdbc);
    }

    public void putBack() {
        jdbc.update("update network set share_national = ?, share_national_since = ?, share_national_by = ?,"
                + " share_national_decision = ? where id = 'twente'", before.get("share_national"),
                before.get("share_national_since"), before.get("share_national_by"), before.get("share_national_decision"));
    }
}
