package nl.netwerkregie.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The task_digest_entry table (V18): new tasks waiting for their person's daily digest. */
@Repository
class DigestEntries {

    private final JdbcTemplate jdbc;

    DigestEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String username, TaskFacts task, Instant now) {
        jdbc.update("""
                insert into task_digest_entry (username, network_id, task_id, step, case_type_key, case_subject, due,
                    created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", username, task.networkId(), task.taskId(),
                cut(task.step(), 300), task.caseTypeKey(), cut(task.caseSubject(), 500),
                task.due() == null ? null : Timestamp.from(task.due()), Timestamp.from(now));
    }

    /** The task is done: it is no news any more. */
    void removeTask(String taskId) {
        jdbc.update("delete from task_digest_entry where task_id = ?", taskId);
    }

    List<String> usernames() {
        return jdbc.queryForList("select distinct username from task_digest_entry order by username", String.class);
    }

    List<TaskFacts> of(String username) {
        return jdbc.query("""
                select task_id, network_id, step, case_type_key, case_subject, due from task_digest_entry
                where username = ? order by created_at, id""", (rs, n) -> new TaskFacts(rs.getString("task_id"),
                rs.getString("network_id"), rs.getString("step"), rs.getString("case_type_key"),
                rs.getString("case_subject"), rs.getTimestamp("due") == null ? null : rs.getTimestamp("due").toInstant()),
                username);
    }

    void remove(String username, List<String> taskIds) {
        for (String taskId : taskIds) {
            jdbc.update("delete from task_digest_entry where username = ? and task_id = ?", username, taskId);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
