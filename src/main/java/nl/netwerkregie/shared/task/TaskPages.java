package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task page's side of working together: opening a task says who works on it (and counts it as seen for the
 * header's count of new tasks), and a colleague's task is taken over only on purpose, which the log records.
 */
@Service
public class TaskPages {

    private static final Logger log = LoggerFactory.getLogger(TaskPages.class);

    private final TaskAccess access;
    private final TaskListService tasks;
    private final TaskHolders holders;
    private final SeenTasks seen;
    private final TaskService taskService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    TaskPages(TaskAccess access, TaskListService tasks, TaskHolders holders, SeenTasks seen, TaskService taskService,
            CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.access = access;
        this.tasks = tasks;
        this.holders = holders;
        this.seen = seen;
        this.taskService = taskService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Opens a task the user may see: theirs, one offered to them or their group, or one of those a colleague holds.
     * It counts as seen by the user from now on.
     *
     * @throws DomainException {@code task.gone} when it was completed or withdrawn
     * @throws org.springframework.security.access.AccessDeniedException when it is not offered to the user at all
     */
    public TaskPage open(String taskId) {
        String me = currentUser.username();
        TaskPage page = readOnly.execute(tx -> {
            Task task = access.requireVisible(taskId);
            TaskHolder holder = holders.of(task);
            return new TaskPage(tasks.toRows(List.of(task)).get(0), holder, holder != null && holder.is(me));
        });
        // After the reading transaction, on its own: see SeenTasks.mark.
        seen.mark(me, taskId, clock.instant());
        return page;
    }

    /**
     * Takes over a task a colleague of the group holds; they see it is no longer theirs. Only a task offered to the
     * user or their group can be taken over: one meant for another person alone (a board member's vote) is not
     * visible to them at all.
     *
     * @throws DomainException {@code task.gone} when it was completed or withdrawn meanwhile
     */
    @Transactional
    public void takeOver(String taskId) {
        Task task = access.requireVisible(taskId);
        String me = currentUser.username();
        if (me.equals(task.getAssignee())) {
            return;
        }
        try {
            taskService.setAssignee(taskId, me);
        } catch (OptimisticLockingException e) {
            throw new DomainException("task.gone");
        }
        log.info("Task {} ({}) taken over by {} from {}", taskId, task.getName(), me, task.getAssignee());
    }
}
