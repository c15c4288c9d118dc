package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's open tasks of the current network (as in Mijn taken) that they have not opened yet. "Seen" is having
 * opened the task's page; a task seen once stays seen, also when it comes back to the group.
 *
 * <p>Neither the count nor the markers read all of the user's tasks: a coordinator of a large installation may
 * hold thousands, and the header counts again after every navigation (issue 15). The header counts among the
 * {@value #NEWEST} newest tasks, which is where new work arrives, and says "99+" beyond that; the list marks the
 * rows of the page it shows. A few queries each, however many tasks.
 */
@Service
public class NewTasks {

    /** How many of the newest tasks the header looks at; more unopened ones than this read as "99+". */
    public static final int NEWEST = 100;

    private final TaskListService tasks;
    private final SeenTasks seen;
    private final CurrentUser currentUser;

    NewTasks(TaskListService tasks, SeenTasks seen, CurrentUser currentUser) {
        this.tasks = tasks;
        this.seen = seen;
        this.currentUser = currentUser;
    }

    /** How many of the user's {@value #NEWEST} newest open tasks they have not opened yet. */
    @Transactional(readOnly = true)
    public int count() {
        List<String> newest = tasks.myTasksQuery().orderByTaskCreateTime().desc().listPage(0, NEWEST).stream()
                .map(Task::getId).toList();
        return newest.size() - seen.seenAmong(currentUser.username(), newest).size();
    }

    /** Which of these tasks (a page of Mijn taken) the user has not opened yet; one query. */
    @Transactional(readOnly = true)
    public Set<String> unseenAmong(Collection<String> taskIds) {
        Set<String> unseen = new HashSet<>(taskIds);
        unseen.removeAll(seen.seenAmong(currentUser.username(), taskIds));
        return unseen;
    }
}
