package nl.netwerkregie.shared.task;

import java.time.Instant;
import java.util.List;

/**
 * One running case in the coordinators' overview.
 *
 * @param steps   what the case waits for now (open tasks, or a timer such as the trial year)
 * @param holders who holds those steps: a user id, or a group as {@code group:<id>}
 * @param failedSteps steps that failed after their retries (incidents): the case waits for the operator
 */
public record OpenCase(
        String processInstanceId,
        String processDefinitionKey,
        String businessKey,
        CaseSummary caseSummary,
        List<String> steps,
        List<String> holders,
        Instant started,
        Instant due,
        boolean late,
        List<String> failedSteps) {

    public OpenCase {
        failedSteps = List.copyOf(failedSteps);
    }
}
