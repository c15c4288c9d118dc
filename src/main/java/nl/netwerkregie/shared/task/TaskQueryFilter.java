package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What Mijn taken and the team view share: a {@link TaskFilter} turned into the engine's own filtering, ordering
 * and paging, so a list page reads a page, however many tasks there are (issue 15).
 */
@Component
class TaskQueryFilter {

    private final EngineReads engineReads;
    private final CaseDescriptions caseDescriptions;

    TaskQueryFilter(EngineReads engineReads, CaseDescriptions caseDescriptions) {
        this.engineReads = engineReads;
        this.caseDescriptions = caseDescriptions;
    }

    /**
     * Narrows the query to the filter's kind of case and search, and orders it (ties by id, so pages never
     * overlap). A search finds the text in the step's name (any case), in the case's subject, which each feature
     * looks up in its own tables ({@link CaseDescriber#keysMatching}), in the case's number, or in the holder's
     * name when the caller passes the holders whose names match.
     *
     * @param holdersMatching user ids whose tasks match the search too (empty when holders are not searched)
     */
    TaskQuery apply(TaskQuery query, TaskFilter filter, Collection<String> holdersMatching) {
        if (filter.processDefinitionKey() != null) {
            query.processDefinitionKey(filter.processDefinitionKey());
        }
        if (filter.searches()) {
            String text = filter.search().strip();
            List<String> instances = engineReads.instancesOf(caseDescriptions.keysMatching(text));
            // The engine compares upper case and escapes by \, as the pattern does.
            TaskQuery anyOf = query.or().taskNameLike(CaseDescriber.likePattern(text))
                    .processInstanceBusinessKeyLike(CaseDescriber.likePattern(text));
            if (!instances.isEmpty()) {
                anyOf.processInstanceIdIn(instances.toArray(String[]::new));
            }
            if (!holdersMatching.isEmpty()) {
                anyOf.taskAssigneeIn(holdersMatching.toArray(String[]::new));
            }
            anyOf.endOr();
        }
        switch (filter.order()) {
            case DUE -> query.orderByDueDate();
            case STEP -> query.orderByTaskNameCaseInsensitive();
            case FOLLOW_UP -> query.orderByFollowUpDate();
            default -> query.orderByTaskCreateTime();
        }
        return (filter.descending() ? query.desc() : query.asc()).orderByTaskId().asc();
    }
}
