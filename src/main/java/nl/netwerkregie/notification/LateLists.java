package nl.netwerkregie.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.people.NotifyChoice;
import nl.netwerkregie.people.Recipient;
import nl.netwerkregie.people.Recipients;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.mail.Mailer;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each morning every coordinator of a network gets one list of what is late across all its cases, whoever holds
 * it; nothing when nothing is late. Once a day per coordinator (the event key names the day).
 */
@Component
class LateLists {

    private final Networks networks;
    private final OpenTasks openTasks;
    private final Recipients recipients;
    private final WorkMails mails;
    private final Mailer mailer;
    private final LocalTime at;

    LateLists(Networks networks, OpenTasks openTasks, Recipients recipients, WorkMails mails, Mailer mailer,
            @Value("${netwerkregie.notifications.late-list-at:07:00}") LocalTime at) {
        this.networks = networks;
        this.openTasks = openTasks;
        this.recipients = recipients;
        this.mails = mails;
        this.mailer = mailer;
        this.at = at;
    }

    /** Queues the day's lists when their time has come; returns how many. */
    int sendDue(Instant now) {
        ZonedDateTime local = now.atZone(ClockConfig.NETWORK_ZONE);
        if (local.toLocalTime().isBefore(at)) {
            return 0;
        }
        String day = local.toLocalDate().toString();
        int queued = 0;
        for (Network network : networks.all()) {
            List<Task> late = openTasks.dueBefore(now, network.getId());
            if (late.isEmpty()) {
                continue;
            }
            List<TaskFacts> facts = openTasks.facts(late);
            Map<String, Recipient> coordinators = recipients.of(
                    recipients.membersOf(Role.COORDINATOR.groupId(), network.getId()));
            for (Recipient to : coordinators.values()) {
                if (to.settings().newWork() != NotifyChoice.NONE
                        && mailer.send(mails.lateList(to, network.getId(), day, facts))) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
