package nl.netwerkregie.shared.mail;

import java.time.Instant;
import java.util.List;

/**
 * One mail as it is queued.
 *
 * @param eventKey   the event it is for; a second mail for the same key is not queued (null: a key of its own)
 * @param networkId  the network it is sent for (null: the installation's)
 * @param aboutTask  the task it is about: it is not sent once that task is done (null: not about a task)
 * @param sendAfter  not before this moment (null: at once)
 * @param attachment a file sent with it (null: none)
 */
public record OutgoingMail(String eventKey, String networkId, List<String> to, String subject, String body,
        String aboutTask, Instant sendAfter, Mailer.Attachment attachment) {

    /** A mail for an event, about a task, sent at once. */
    public static OutgoingMail aboutTask(String eventKey, String networkId, String to, String subject, String body,
            String taskId) {
        return new OutgoingMail(eventKey, networkId, List.of(to), subject, body, taskId, null, null);
    }

    /** A mail for an event, not about one task, sent at once. */
    public static OutgoingMail forEvent(String eventKey, String networkId, String to, String subject, String body) {
        return new OutgoingMail(eventKey, networkId, List.of(to), subject, body, null, null, null);
    }
}
