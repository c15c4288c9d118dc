package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's tasks, and the one gate every task completion passes: {@link #requireMyTask(String)}.
 * A task is the user's when it is assigned to them, or unassigned and offered to them or one of their groups.
 */
@Service
public class TaskListService {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final CaseDescriptions caseDescriptions;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;
    private final TaskAccess access;

    TaskListService(TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService,
            CaseDescriptions caseDescriptions, CurrentUser currentUser, CurrentNetwork network, Clock clock,
            TaskAccess access) {
        this.access = access;
        this.network = network;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.caseDescriptions = caseDescriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Tasks assigned to me, and unassigned tasks offered to me or my groups; oldest first. */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks() {
        return toRows(myTasksQuery().initializeFormKeys().orderByTaskCreateTime().asc().list());
    }

    /** The query of {@link #myTasks()}: assigned to me, or unassigned and offered to me or my groups. */
    TaskQuery myTasksQuery() {
        String me = currentUser.username();
        List<String> groups = currentUser.groupIds();
        TaskQuery query = taskService.createTaskQuery().tenantIdIn(network.id())
                .or().taskAssignee(me).taskCandidateUser(me);
        if (!groups.isEmpty()) {
            // A mutable copy: the engine adds the user's own identity groups to this list.
            query.taskCandidateGroupIn(new java.util.ArrayList<>(groups));
        }
        return query.endOr();
    }

    /** Opens a task: the user must be allowed to work on it. */
    @Transactional(readOnly = true)
    public TaskRow task(String taskId) {
        return toRows(List.of(requireMyTask(taskId))).get(0);
    }

    /**
     * Takes a task offered to my group, so colleagues see I am working on it.
     *
     * @throws DomainException {@code task.takenBy} when a colleague took it first
     */
    @Transactional
    public void claim(String taskId) {
        Task task = requireMyTask(taskId);
        if (task.getAssignee() == null) {
            taskService.setAssignee(taskId, currentUser.username());
        }
    }

    /** Gives a task I took back to the group. */
    @Transactional
    public void unclaim(String taskId) {
        Task task = requireMyTask(taskId);
        if (!currentUser.username().equals(task.getAssignee())) {
            throw new DomainException("task.notAssignedToYou");
        }
        // A task meant for this user alone (a board member's vote) has no group to go back to.
        if (!access.hasCandidates(taskId)) {
            throw new DomainException("task.personal");
        }
        taskService.setAssignee(taskId, null);
    }

    /**
     * Completes a task with the given process variables (ids and decision flags only). Feature services
     * call this inside their own transaction after storing their domain data, so both commit or neither.
     *
     * @throws DomainException        when the task no longer exists (someone else completed it)
     * @throws AccessDeniedException  when the task is not the user's to do
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        Task task = requireMyTask(taskId);
        try {
            if (task.getAssignee() == null) {
                taskService.setAssignee(taskId, currentUser.username());
            }
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new DomainException("task.gone");
        }
    }

    /**
     * The task, if the current user may work on it. Every task completion goes through here.
     *
     * @throws DomainException       {@code task.gone} when it was completed (or withdrawn) meanwhile;
     *                               {@code task.takenBy} (with the holder's name) when a colleague took it
     * @throws AccessDeniedException when it is someone else's
     */
    @Transactional(readOnly = true)
    public Task requireMyTask(String taskId) {
        return access.requireMine(taskId);
    }

    /** Maps tasks to rows with two queries in all (process instances, definitions), not two per task. */
    List<TaskRow> toRows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
        Map<String, String> definitionKeys = new HashMap<>();
        String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list()
                .forEach(pd -> definitionKeys.put(pd.getId(), pd.getKey()));
        Instant now = Instant.now(clock);
        return tasks.stream().map(task -> {
            String definitionKey = definitionKeys.get(task.getProcessDefinitionId());
            String businessKey = businessKeys.get(task.getProcessInstanceId());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            return new TaskRow(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                    definitionKey, task.getProcessInstanceId(), businessKey,
                    caseDescriptions.describe(definitionKey, businessKey), task.getAssignee(),
                    task.getAssignee() == null || access.hasCandidates(task.getId()),
                    task.getCreateTime().toInstant(), due, due != null && due.isBefore(now));
        }).toList();
    }
}
