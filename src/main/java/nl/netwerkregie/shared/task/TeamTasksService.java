package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' team view: every open task offered to their group, also those a colleague took (which leave
 * the others' Mijn taken), with who holds it. So a claimed task never vanishes from sight.
 */
@Service
public class TeamTasksService {

    /** The team view's first order: what falls due soonest. */
    public static final TaskFilter BY_DUE = new TaskFilter(null, null, TaskFilter.Order.DUE, false);

    private final TaskService taskService;
    private final TaskCases cases;
    private final TaskHolders holders;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;
    private final TaskQueryFilter filters;
    private final UserDirectory users;

    TeamTasksService(TaskService taskService, TaskCases cases, TaskHolders holders, CurrentUser currentUser,
            CurrentNetwork network, Clock clock, TaskQueryFilter filters, UserDirectory users) {
        this.filters = filters;
        this.users = users;
        this.taskService = taskService;
        this.cases = cases;
        this.holders = holders;
        this.currentUser = currentUser;
        this.network = network;
        this.clock = clock;
    }

    /** Every open task of the coordinators, the soonest due first. For tests; the view reads a page at a time. */
    @Transactional(readOnly = true)
    public List<TeamTask> coordinatorTasks() {
        return coordinatorTasks(BY_DUE, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the open tasks of the current network offered to the coordinators, taken or not (issue 15): the
     * engine filters, sorts and pages. A search also finds the holder by name. A fixed number of queries per
     * page: the tasks, their cases' instances, their holders' claims and names, and each feature's describer once.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the user is a coordinator
     */
    @Transactional(readOnly = true)
    public List<TeamTask> coordinatorTasks(TaskFilter filter, int offset, int limit) {
        currentUser.require(Role.COORDINATOR);
        TaskQuery query = taskService.createTaskQuery().tenantIdIn(network.id())
                .taskCandidateGroup(Role.COORDINATOR.groupId()).includeAssignedTasks();
        List<String> holdersNamed = filter.searches() ? users.idsNamed(filter.search()) : List.of();
        List<Task> tasks = filters.apply(query, filter, holdersNamed).listPage(offset, limit);
        Map<String, CaseSummary> described = cases.of(tasks);
        Map<String, TaskHolder> held = holders.of(tasks);
        Instant now = clock.instant();
        return tasks.stream().map(task -> {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            return new TeamTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), described.get(task.getId()),
                    task.getCreateTime().toInstant(), due, due != null && due.isBefore(now), held.get(task.getId()));
        }).toList();
    }
}
