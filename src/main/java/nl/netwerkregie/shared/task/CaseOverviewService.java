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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Lopende zaken": every open case of every process, with where it stands. Coordinators and secretary. */
@Service
public class CaseOverviewService {

    /** Activities that are containers, not steps a person would recognise as "where the case is". */
    private static final Set<String> CONTAINER_TYPES = Set.of("callActivity", "subProcess", "multiInstanceBody",
            "processDefinition", "eventSubProcess", "transaction");

    private final HistoryService historyService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final CaseDescriptions caseDescriptions;
    private final CurrentUser currentUser;
    private final CurrentNetwork network;
    private final Clock clock;
    private final EngineReads engineReads;

    CaseOverviewService(HistoryService historyService, TaskService taskService,
            RepositoryService repositoryService, CaseDescriptions caseDescriptions, CurrentUser currentUser,
            CurrentNetwork network, Clock clock, EngineReads engineReads) {
        this.engineReads = engineReads;
        this.network = network;
        this.historyService = historyService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.caseDescriptions = caseDescriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A page of the open cases (top-level process instances) of the network, oldest first (or newest first), of
     * one process or all. A fixed number of statements whatever the number of cases (issue 15): the page of root
     * instances, their open steps, their tasks, the candidates of the unassigned ones, their incidents, and one
     * per kind of case for the describers.
     *
     * @param processDefinitionKey only cases of this process, or null for all
     */
    @Transactional(readOnly = true)
    public List<OpenCase> openCases(String processDefinitionKey, boolean newestFirst, int offset, int limit) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery().unfinished()
                .rootProcessInstances().tenantIdIn(network.id());
        if (processDefinitionKey != null) {
            query.processDefinitionKey(processDefinitionKey);
        }
        query.orderByProcessInstanceStartTime();
        (newestFirst ? query.desc() : query.asc()).orderByProcessInstanceId().asc();
        List<HistoricProcessInstance> roots = query.listPage(offset, limit);
        if (roots.isEmpty()) {
            return List.of();
        }
        List<String> rootIds = roots.stream().map(HistoricProcessInstance::getId).toList();
        Map<String, List<EngineReads.OpenStep>> stepsByRoot = engineReads.openSteps(rootIds).stream()
                .filter(a -> !CONTAINER_TYPES.contains(a.activityType()))
                .collect(Collectors.groupingBy(EngineReads.OpenStep::rootId));
        String[] taskIds = stepsByRoot.values().stream().flatMap(List::stream).map(EngineReads.OpenStep::taskId)
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, Task> tasksById = taskIds.length == 0 ? Map.of() : taskService.createTaskQuery()
                .taskIdIn(taskIds).list().stream().collect(Collectors.toMap(Task::getId, t -> t));
        Map<String, List<String>> candidates = engineReads.candidates(tasksById.values().stream()
                .filter(t -> t.getAssignee() == null).map(Task::getId).toList());
        Map<String, List<String>> failedStepsByRoot = failedStepsByRoot(rootIds);
        Map<CaseDescriptions.CaseKey, CaseSummary> summaries = caseDescriptions.describeAll(roots.stream()
                .map(r -> new CaseDescriptions.CaseKey(r.getProcessDefinitionKey(), r.getBusinessKey())).toList());
        Instant now = Instant.now(clock);

        List<OpenCase> cases = new ArrayList<>();
        for (HistoricProcessInstance root : roots) {
            List<String> steps = new ArrayList<>();
            List<String> holders = new ArrayList<>();
            Instant due = null;
            for (EngineReads.OpenStep step : stepsByRoot.getOrDefault(root.getId(), List.of())) {
                steps.add(step.activityName() == null ? step.activityId() : step.activityName());
                Task task = step.taskId() == null ? null : tasksById.get(step.taskId());
                if (task != null) {
                    holders.add(task.getAssignee() != null ? task.getAssignee()
                            : String.join(", ", candidates.getOrDefault(task.getId(), List.of())));
                    if (task.getDueDate() != null && (due == null || task.getDueDate().toInstant().isBefore(due))) {
                        due = task.getDueDate().toInstant();
                    }
                }
            }
            cases.add(new OpenCase(root.getId(), root.getProcessDefinitionKey(), root.getBusinessKey(),
                    summaries.get(new CaseDescriptions.CaseKey(root.getProcessDefinitionKey(), root.getBusinessKey())),
                    steps.stream().distinct().toList(), holders.stream().distinct().toList(),
                    root.getStartTime().toInstant(), due, due != null && due.isBefore(now),
                    failedStepsByRoot.getOrDefault(root.getId(), List.of())));
        }
        return cases;
    }

    /** The kinds of case a coordinator may filter on: the deployed processes, by their case type. */
    @Transactional(readOnly = true)
    public Map<String, String> caseTypes() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        Map<String, String> types = new java.util.TreeMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().list()
                .forEach(d -> types.put(d.getKey(), caseDescriptions.caseTypeKey(d.getKey())));
        return types;
    }

    /**
     * The steps that failed after every retry (open incidents), by case. A failure in a called process counts
     * for the case that called it; the call activity's own incident (which only points at the cause) is left out.
     */
    private Map<String, List<String>> failedStepsByRoot(List<String> rootIds) {
        Map<String, List<String>> failed = new HashMap<>();
        for (EngineReads.OpenIncident incident : engineReads.openIncidents(rootIds)) {
            if (incident.causeId() != null && !incident.causeId().equals(incident.id())) {
                continue;
            }
            List<String> steps = failed.computeIfAbsent(incident.rootId(), id -> new ArrayList<>());
            String name = stepName(incident.processDefinitionId(), incident.activityId());
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
}
