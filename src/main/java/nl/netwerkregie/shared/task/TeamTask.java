package nl.netwerkregie.shared.task;

import java.time.Instant;

/**
 * A task of the coordinators' group as the team view shows it.
 *
 * @param holder who works on it, or null when nobody took it yet
 */
public record TeamTask(String id, String step, String taskDefinitionKey, CaseSummary caseSummary, Instant created, Instant due, boolean late,
        TaskHolder holder) {
}
