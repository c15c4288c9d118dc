package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The case a task belongs to, as its feature describes it, for those outside the task list that speak of tasks
 * (the mails about new and late work, the coordinators' team view). Runs in the task's network: the describers read the feature's tables.
 */
@Component
public class TaskCases {

    private static final Logger log = LoggerFactory.getLogger(TaskCases.class);

    private final CaseDescriptions descriptions;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    TaskCases(CaseDescriptions descriptions, RepositoryService repository, RuntimeService runtime) {
        this.descriptions = descriptions;
        this.repository = repository;
        this.runtime = runtime;
    }

    /** The case of a task being created or changed (inside the engine's command). */
    public CaseSummary of(DelegateTask task) {
        // The deployment cache answers this without a query after the first time.
        String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return describe(key, task.getExecution().getProcessBusinessKey());
    }

    /**
     * The cases of stored tasks, by task id: one query for the instances, one for the definitions (the engine's
     * {@code getProcessDefinition} reads the definition's row each time, cache or not).
     */
    public Map<String, CaseSummary> of(Collection<Task> tasks) {
        Map<String, CaseSummary> cases = new HashMap<>();
        if (tasks.isEmpty()) {
            return cases;
        }
        Map<String, String> businessKeys = new HashMap<>();
        HashSet<String> instanceIds = new HashSet<>();
        tasks.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
        Map<String, String> definitionKeys = new HashMap<>();
        String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list()
                .forEach(pd -> definitionKeys.put(pd.getId(), pd.getKey()));
        Map<String, CaseDescriptions.CaseKey> caseOfTask = new HashMap<>();
        for (Task task : tasks) {
            caseOfTask.put(task.getId(), new CaseDescriptions.CaseKey(definitionKeys.get(task.getProcessDefinitionId()),
                    businessKeys.get(task.getProcessInstanceId())));
        }
        Map<CaseDescriptions.CaseKey, CaseSummary> summaries = describeAll(caseOfTask.values());
        caseOfTask.forEach((task, key) -> cases.put(task, summaries.get(key)));
        return cases;
    }

    /**
     * A mail about a task is no reason to fail the step that created it, nor one case to hide a whole list: a case
     * its feature cannot describe (a bug, a row of another network) is named by its process and id, and the log
     * says why.
     */
    private CaseSummary describe(String processDefinitionKey, String businessKey) {
        CaseDescriptions.CaseKey key = new CaseDescriptions.CaseKey(processDefinitionKey, businessKey);
        return describeAll(List.of(key)).get(key);
    }

    /**
     * Through the batch descriptions, which leave out a key they do not find rather than throw: a describer's
     * exception inside its transactional query would mark the engine's transaction rollback-only, and the step
     * that created the task would fail after all.
     */
    private Map<CaseDescriptions.CaseKey, CaseSummary> describeAll(Collection<CaseDescriptions.CaseKey> keys) {
        try {
            return descriptions.describeAll(keys);
        } catch (RuntimeException e) {
            log.warn("Cases {} not described: {}", keys, e.getMessage());
            Map<CaseDescriptions.CaseKey, CaseSummary> named = new HashMap<>();
            keys.forEach(k -> named.put(k, new CaseSummary("case.other",
                    k.businessKey() == null ? k.processDefinitionKey() : k.businessKey(), null)));
            return named;
        }
    }
}
