package nl.netwerkregie.shared.task;

import java.util.List;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a task. Doing it is for the assignee, or for anyone it is offered to while nobody took it.
 * Seeing it is also for those it is offered to while a colleague holds it: they are told who, and may take it
 * over on purpose, but never fill it in beside the colleague unknowingly.
 */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final TaskHolders holders;

    TaskAccess(TaskService taskService, CurrentUser currentUser, CurrentNetwork network, TaskHolders holders) {
        this.taskService = taskService;
        this.currentUser = currentUser;
        this.network = network;
        this.holders = holders;
    }

    /**
     * The task if the current user may see it: theirs to do, or offered to them or their group (held or not).
     *
     * @throws DomainException       {@code task.gone} when it was completed, withdrawn, or is of another network
     * @throws AccessDeniedException when it is neither
     */
    Task requireVisible(String taskId) {
        Task task = find(taskId);
        String me = currentUser.username();
        if (me.equals(task.getAssignee()) || isOfferedToMe(taskId)) {
            return task;
        }
        throw new AccessDeniedException("Task " + taskId + " is not offered to " + me);
    }

    /**
     * The task if the current user may work on it now. Every task completion goes through here.
     *
     * @throws DomainException       {@code task.gone} when it was completed (or withdrawn) meanwhile;
     *                               {@code task.takenBy} when a colleague of the group took it meanwhile
     * @throws AccessDeniedException when it is someone else's
     */
    Task requireMine(String taskId) {
        Task task = requireVisible(taskId);
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equals(currentUser.username())) {
            // Offered to the user's group, but a colleague took it (maybe while this user was filling it in).
            throw new DomainException("task.takenBy", holders.of(task).name());
        }
        return task;
    }

    /** Offered to a group or to several users, so it can be taken, given back and taken over. */
    boolean hasCandidates(String taskId) {
        return links(taskId).stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }

    private Task find(String taskId) {
        // A task of another network is as gone as a finished one.
        Task task = taskService.createTaskQuery().taskId(taskId).tenantIdIn(network.id()).initializeFormKeys()
                .singleResult();
        if (task == null) {
            throw new DomainException("task.gone");
        }
        return task;
    }

    private boolean isOfferedToMe(String taskId) {
        String me = currentUser.username();
        List<String> groups = currentUser.groupIds();
        return links(taskId).stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && (me.equals(link.getUserId()) || groups.contains(link.getGroupId())));
    }

    private List<IdentityLink> links(String taskId) {
        try {
            return taskService.getIdentityLinksForTask(taskId);
        } catch (ProcessEngineException e) {
            throw new DomainException("task.gone");
        }
    }
}
