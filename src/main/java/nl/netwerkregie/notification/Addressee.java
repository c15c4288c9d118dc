package nl.netwerkregie.notification;

import nl.netwerkregie.people.Recipient;

/**
 * Someone a task is for.
 *
 * @param personal the task is theirs alone or by name (a vote, their werkgroep's report), not their group's
 */
record Addressee(Recipient recipient, boolean personal) {
}
