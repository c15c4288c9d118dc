package nl.netwerkregie.shared.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The task_claim table (V19): who took a task and when. Camunda keeps the assignee, not since when. */
@Repository
class ClaimTimes {

    /** A claim as recorded: the holder at that moment. */
    record Claim(String username, Instant at) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ClaimTimes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The task is now that person's, from that moment on (an earlier claim of the task is replaced). */
    void record(String taskId, String username, Instant at) {
        forget(taskId);
        jdbc.update("insert into task_claim (task_id, username, claimed_at) values (:task, :user, :at)",
                new MapSqlParameterSource("task", taskId).addValue("user", username).addValue("at", Timestamp.from(at)));
    }

    void forget(String taskId) {
        jdbc.update("delete from task_claim where task_id = :task", Map.of("task", taskId));
    }

    /** The recorded claims of these tasks, by task id; one query. */
    Map<String, Claim> of(Collection<String> taskIds) {
        Map<String, Claim> claims = new HashMap<>();
        if (taskIds.isEmpty()) {
            return claims;
        }
        jdbc.query("select task_id, username, claimed_at from task_claim where task_id in (:tasks)",
                Map.of("tasks", taskIds), rs -> {
                    claims.put(rs.getString("task_id"),
                            new Claim(rs.getString("username"), rs.getTimestamp("claimed_at").toInstant()));
                });
        return claims;
    }
}
