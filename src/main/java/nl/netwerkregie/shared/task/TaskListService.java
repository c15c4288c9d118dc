package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.OptimisticLockingException;
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
    private final EngineReads engineReads;
    private final CaseDescriptions caseDescriptions;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;
    private final TaskAccess access;
    private final TaskQueryFilter filters;

    TaskListService(TaskService taskService, CaseDescriptions caseDescriptions, CurrentUser currentUser,
            CurrentNetwork network, Clock clock, EngineReads engineReads, TaskAccess access, TaskQueryFilter filters) {
        this.filters = filters;
        this.engineReads = engineReads;
        this.access = access;
        this.network = network;
        this.taskService = taskService;
        this.caseDescriptions = caseDescriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every task assigned to me, and unassigned tasks offered to me or my groups; oldest first. For tests. */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks() {
        return myTasks(TaskFilter.ALL, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of Mijn taken (issue 15): the engine filters, sorts and pages; the rows cost a fixed number of
     * queries. A search finds the text in the step's name (any case), in the case's subject, which each feature
     * looks up in its own tables ({@link CaseDescriber#keysMatching}), or in the case's number.
     */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks(TaskFilter filter, int offset, int limit) {
        TaskQuery query = filters.apply(myTasksQuery().initializeFormKeys(), filter, List.of());
        return toRows(query.listPage(offset, limit));
    }

    /** Whether I have anything to do at all (one row asked, not counted). */
    @Transactional(readOnly = true)
    public boolean hasTasks() {
        return !myTasksQuery().listPage(0, 1).isEmpty();
    }

    /** The kinds of case a task list may be filtered on, by process definition key. */
    public Map<String, String> caseTypes() {
        return caseDescriptions.caseTypes();
    }

    /** Assigned to me, or unassigned and offered to me or my groups, in the current network. */
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

    /**
     * Whether the task is still open (not completed or withdrawn), without a check of whose it is and without an
     * exception: for a caller that goes on either way inside its own transaction.
     */
    public boolean isOpen(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() > 0;
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

    /**
     * The day I want to look at this task again (Camunda's follow-up date), or none: my own reminder, shown in my
     * list; it changes nothing for others. Only someone who may work on the task sets it.
     */
    @Transactional
    public void followUp(String taskId, java.time.LocalDate day) {
        Task task = requireMyTask(taskId);
        task.setFollowUpDate(day == null ? null : java.util.Date.from(day.atStartOfDay(clock.getZone()).toInstant()));
        taskService.saveTask(task);
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

    /**
     * Maps tasks to rows in a fixed number of queries, whatever their number (issue 15): the instances' cases, the
     * candidates of the assigned tasks (a claimed group task can go back; a personal one cannot), and one per kind
     * of case for the describers.
     */
    List<TaskRow> toRows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, CaseDescriptions.CaseKey> cases = engineReads.casesOf(
                tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, List<String>> candidates = engineReads.candidates(
                tasks.stream().filter(t -> t.getAssignee() != null).map(Task::getId).toList());
        Map<CaseDescriptions.CaseKey, CaseSummary> summaries = caseDescriptions.describeAll(cases.values());
        Instant now = Instant.now(clock);
        return tasks.stream().map(task -> {
            // A task outside any process (made in Camunda's Tasklist) is named by itself.
            CaseDescriptions.CaseKey key = cases.getOrDefault(task.getProcessInstanceId(),
                    new CaseDescriptions.CaseKey(null, task.getName()));
            CaseSummary summary = summaries.getOrDefault(key, new CaseSummary("case.other", task.getName(), null));
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            return new TaskRow(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                    key.processDefinitionKey(), task.getProcessInstanceId(), key.businessKey(), summary,
                    task.getAssignee(), task.getAssignee() == null || candidates.containsKey(task.getId()),
                    task.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                    task.getFollowUpDate() == null ? null
                            : task.getFollowUpDate().toInstant().atZone(clock.getZone()).toLocalDate());
        }).toList();
    }
}
