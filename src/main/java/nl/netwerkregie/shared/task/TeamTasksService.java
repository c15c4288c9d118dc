package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' team view: every open task offered to their group, also those a colleague took (which leave
 * the others' Mijn taken), with who holds it. So a claimed task never vanishes from sight.
 */
@Service
public class TeamTasksService {

    private static final Comparator<TeamTask> BY_DUE_THEN_AGE = Comparator
            .comparing(TeamTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TeamTask::created);

    private final TaskService taskService;
    private final TaskCases cases;
    private final TaskHolders holders;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;

    TeamTasksService(TaskService taskService, TaskCases cases, TaskHolders holders, CurrentUser currentUser,
            CurrentNetwork network, Clock clock) {
        this.taskService = taskService;
        this.cases = cases;
        this.holders = holders;
        this.currentUser = currentUser;
        this.network = network;
        this.clock = clock;
    }

    /**
     * Every open task of the current network offered to the coordinators, taken or not; the soonest due first.
     * A fixed number of queries: the tasks, their cases' instances, their holders' claims and names (the features'
     * describers read their own rows as in every task list).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the user is a coordinator
     */
    @Transactional(readOnly = true)
    public List<TeamTask> coordinatorTasks() {
        currentUser.require(Role.COORDINATOR);
        List<Task> tasks = taskService.createTaskQuery().tenantIdIn(network.id())
                .taskCandidateGroup(Role.COORDINATOR.groupId()).includeAssignedTasks().list();
        Map<String, CaseSummary> described = cases.of(tasks);
        Map<String, TaskHolder> held = holders.of(tasks);
        Instant now = clock.instant();
        return tasks.stream().map(task -> {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            return new TeamTask(task.getId(), task.getName(), described.get(task.getId()),
                    task.getCreateTime().toInstant(), due, due != null && due.isBefore(now), held.get(task.getId()));
        }).sorted(BY_DUE_THEN_AGE).toList();
    }
}
