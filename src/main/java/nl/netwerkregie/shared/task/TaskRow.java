package nl.netwerkregie.shared.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user task as the UI shows it: the step, the case it belongs to and who holds it.
 *
 * @param formKey     the form that completes it ({@code camunda:formKey}), or null
 * @param businessKey the case id of the process the task belongs to
 * @param shared      offered to a group (or several users), so it can be taken and given back
 */
public record TaskRow(
        String id,
        String step,
        String taskDefinitionKey,
        String formKey,
        String processDefinitionKey,
        String processInstanceId,
        String businessKey,
        CaseSummary caseSummary,
        String assignee,
        boolean shared,
        Instant created,
        Instant due,
        boolean late,
        LocalDate followUp) {

    public boolean isAssignedTo(String username) {
        return username.equals(assignee);
    }
}
