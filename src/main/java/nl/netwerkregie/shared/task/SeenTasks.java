package nl.netwerkregie.shared.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The task_seen table (V19): the tasks each person has opened, so the header can count the others as new. */
@Repository
class SeenTasks {

    private final JdbcTemplate jdbc;

    SeenTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person has opened the task. Called outside a transaction: the same person opening the task in two tabs
     * at once may find the row written meanwhile, and that failed statement must not spoil any other work.
     */
    void mark(String username, String taskId, Instant at) {
        try {
            jdbc.update("""
                    insert into task_seen (username, task_id, seen_at) select ?, ?, ?
                    where not exists (select 1 from task_seen where username = ? and task_id = ?)""",
                    username, taskId, Timestamp.from(at), username, taskId);
        } catch (DuplicateKeyException alreadySeen) {
            // Written by the other tab: seen it is.
        }
    }

    /** Which of these tasks (a page, at most a few hundred) the person has opened; one query, none for none. */
    Set<String> seenAmong(String username, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(taskIds.size(), "?"));
        List<Object> arguments = new ArrayList<>(taskIds.size() + 1);
        arguments.add(username);
        arguments.addAll(taskIds);
        return new HashSet<>(jdbc.queryForList("select task_id from task_seen where username = ? and task_id in ("
                + marks + ")", String.class, arguments.toArray()));
    }

    /** The task is done or withdrawn: nobody needs to remember having seen it. */
    void forget(String taskId) {
        jdbc.update("delete from task_seen where task_id = ?", taskId);
    }
}
