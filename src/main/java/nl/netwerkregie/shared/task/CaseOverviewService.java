package nl.netwerkregie.shared.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Lopende zaken": every open case of every process, with where it stands. Coordinators and secretary. */
@Service
public class CaseOverviewService {

    /** Activities that are containers, not steps a person would recognise as "where the case is". */
    private static final Set<String> CONTAINER_TYPES = Set.of("callActivity", "subProcess", "multiInstanceBody",
            "processDefinition", "eventSubProcess", "transaction");

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final CaseDescriptions caseDescriptions;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;

    CaseOverviewService(RuntimeService runtimeService, HistoryService historyService, TaskService taskService,
            RepositoryService repositoryService, CaseDescriptions caseDescriptions, CurrentUser currentUser,
            CurrentNetwork network, Clock clock) {
        this.network = network;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.caseDescriptions = caseDescriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every open case (top-level process instance), oldest first. */
    @Transactional(readOnly = true)
    public List<OpenCase> openCases() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        List<ProcessInstance> roots = runtimeService.createProcessInstanceQuery().rootProcessInstances()
                .tenantIdIn(network.id()).list();
        if (roots.isEmpty()) {
            return List.of();
        }
        Set<String> rootIds = roots.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Map<String, Instant> startTimes = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceIds(rootIds).list()
                .forEach(h -> startTimes.put(h.getId(), h.getStartTime().toInstant()));
        Map<String, List<HistoricActivityInstance>> openStepsByRoot = historyService
                .createHistoricActivityInstanceQuery().unfinished().list().stream()
                .filter(a -> !CONTAINER_TYPES.contains(a.getActivityType()))
                .collect(Collectors.groupingBy(HistoricActivityInstance::getRootProcessInstanceId));
        Map<String, Task> tasksById = taskService.createTaskQuery().tenantIdIn(network.id()).list().stream()
                .collect(Collectors.toMap(Task::getId, t -> t));
        Map<String, List<String>> failedStepsByRoot = failedStepsByRoot();
        Map<String, String> definitionKeys = new HashMap<>();
        Instant now = Instant.now(clock);

        List<OpenCase> cases = new ArrayList<>();
        for (ProcessInstance root : roots) {
            String key = definitionKeys.computeIfAbsent(root.getProcessDefinitionId(),
                    id -> repositoryService.getProcessDefinition(id).getKey());
            List<String> steps = new ArrayList<>();
            List<String> holders = new ArrayList<>();
            Instant due = null;
            for (HistoricActivityInstance step : openStepsByRoot.getOrDefault(root.getId(), List.of())) {
                steps.add(step.getActivityName() == null ? step.getActivityId() : step.getActivityName());
                Task task = step.getTaskId() == null ? null : tasksById.get(step.getTaskId());
                if (task != null) {
                    holders.add(holderOf(task));
                    if (task.getDueDate() != null && (due == null || task.getDueDate().toInstant().isBefore(due))) {
                        due = task.getDueDate().toInstant();
                    }
                }
            }
            cases.add(new OpenCase(root.getId(), key, root.getBusinessKey(),
                    caseDescriptions.describe(key, root.getBusinessKey()),
                    steps.stream().distinct().toList(), holders.stream().distinct().toList(),
                    startTimes.get(root.getId()), due, due != null && due.isBefore(now),
                    failedStepsByRoot.getOrDefault(root.getId(), List.of())));
        }
        cases.sort(Comparator.comparing(OpenCase::started, Comparator.nullsLast(Comparator.naturalOrder())));
        return cases;
    }

    /**
     * The steps that failed after every retry (open incidents), by case. A failure in a called process counts
     * for the case that called it; the call activity's own incident (which only points at the cause) is left out.
     */
    private Map<String, List<String>> failedStepsByRoot() {
        Map<String, List<String>> failed = new HashMap<>();
        for (HistoricIncident incident : historyService.createHistoricIncidentQuery().open().list()) {
            if (incident.getCauseIncidentId() != null && !incident.getCauseIncidentId().equals(incident.getId())) {
                continue;
            }
            List<String> steps = failed.computeIfAbsent(incident.getRootProcessInstanceId(), id -> new ArrayList<>());
            String name = stepName(incident.getProcessDefinitionId(), incident.getActivityId());
            if (!steps.contains(name)) {
                steps.add(name);
            }
        }
        return failed;
    }

    private String stepName(String processDefinitionId, String activityId) {
        FlowElement element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private String holderOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId() != null ? "group:" + l.getGroupId() : l.getUserId())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
