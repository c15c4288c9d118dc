package nl.netwerkregie.notification;

import java.time.Instant;

/**
 * What a mail says about a task: the step, its case and its due date.
 *
 * @param caseTypeKey translation key of the kind of case
 * @param due         the due date, or null
 */
record TaskFacts(String taskId, String networkId, String step, String caseTypeKey, String caseSubject,
        Instant due) {
}
