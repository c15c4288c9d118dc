package nl.netwerkregie.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.people.NotifyChoice;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.mail.Mailer;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminders to whoever holds a task: its network's {@code reminders.beforeDue} before the due date, and once on the
 * day it is late. Each is sent once per task and person (the event key), whichever node's round sees it first; a
 * task done meanwhile is no longer open, and its queued reminders are cancelled with it. People who chose no mails
 * get none.
 */
@Component
class DueReminders {

    /** The longest reminder period a network may set; a round looks this far ahead. */
    static final Duration HORIZON = Duration.ofDays(31);
    /** A task late for longer than this when a round first sees it (a node that was down) gets no late reminder. */
    static final Duration LATE_WINDOW = Duration.ofDays(7);

    private final OpenTasks openTasks;
    private final NetworkRules rules;
    private final WorkMails mails;
    private final Mailer mailer;

    DueReminders(OpenTasks openTasks, NetworkRules rules, WorkMails mails, Mailer mailer) {
        this.openTasks = openTasks;
        this.rules = rules;
        this.mails = mails;
        this.mailer = mailer;
    }

    /** Queues the reminders due at that moment; returns how many. */
    int sendDue(Instant now) {
        List<Task> tasks = openTasks.dueBefore(now.plus(HORIZON), null).stream()
                .filter(t -> t.getTenantId() != null).filter(t -> reminderDue(t, now) != null).toList();
        Map<String, Task> byId = tasks.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        int queued = 0;
        for (TaskFacts facts : openTasks.facts(tasks)) {
            Task task = byId.get(facts.taskId());
            boolean late = reminderDue(task, now);
            for (Addressee to : openTasks.holders(task)) {
                if (to.recipient().settings().newWork() != NotifyChoice.NONE
                        && mailer.send(mails.reminder(to.recipient(), facts, late))) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /** True: the late reminder is due; false: the one before the due date; null: none now. */
    private Boolean reminderDue(Task task, Instant now) {
        Instant due = task.getDueDate().toInstant();
        if (!due.isAfter(now)) {
            return due.isAfter(now.minus(LATE_WINDOW)) ? Boolean.TRUE : null;
        }
        ZonedDateTime remindFrom = due.atZone(ClockConfig.NETWORK_ZONE)
                .minus(rules.of(task.getTenantId()).reminders().beforeDue()).toLocalDate()
                .atStartOfDay(ClockConfig.NETWORK_ZONE);
        // A task created when its reminder was already due was announced by its own mail.
        boolean remindedByItsNewTaskMail = task.getCreateTime().toInstant().isAfter(remindFrom.toInstant());
        return !now.isBefore(remindFrom.toInstant()) && !remindedByItsNewTaskMail ? Boolean.FALSE : null;
    }
}
