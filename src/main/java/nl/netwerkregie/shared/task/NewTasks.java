package nl.netwerkregie.shared.task;

import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.security.CurrentUser;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header's count of new tasks: the user's open tasks of the current network (as in Mijn taken) that they have
 * not opened yet. "Seen" is having opened the task's page; a task seen once stays seen, also when it comes back
 * to the group. Two queries, however many tasks.
 */
@Service
public class NewTasks {

    private final TaskListService tasks;
    private final SeenTasks seen;
    private final CurrentUser currentUser;

    NewTasks(TaskListService tasks, SeenTasks seen, CurrentUser currentUser) {
        this.tasks = tasks;
        this.seen = seen;
        this.currentUser = currentUser;
    }

    /** How many of the user's open tasks they have not opened yet. */
    @Transactional(readOnly = true)
    public int count() {
        return unseen().size();
    }

    /** The ids of the user's open tasks they have not opened yet (Mijn taken marks them as new). */
    @Transactional(readOnly = true)
    public Set<String> unseen() {
        Set<String> opened = seen.seenBy(currentUser.username());
        return tasks.myTasksQuery().list().stream().map(Task::getId).filter(id -> !opened.contains(id))
                .collect(Collectors.toSet());
    }
}
