package nl.netwerkregie.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute on every node: digests, reminders and late lists that are due. Two nodes doing the same round
 * queue nothing twice: each mail's event key is unique in the outbox.
 */
@Component
public class NotificationRounds {

    private static final Logger log = LoggerFactory.getLogger(NotificationRounds.class);

    private final Digests digests;
    private final DueReminders reminders;
    private final LateLists lateLists;
    private final Clock clock;

    NotificationRounds(Digests digests, DueReminders reminders, LateLists lateLists, Clock clock) {
        this.digests = digests;
        this.reminders = reminders;
        this.lateLists = lateLists;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${netwerkregie.notifications.every:PT1M}",
            initialDelayString = "${netwerkregie.notifications.every:PT1M}")
    void scheduled() {
        try {
            run(clock.instant());
        } catch (RuntimeException e) {
            // The next round tries again; what was queued stays queued.
            log.error("Notification round failed: {}", e.getMessage(), e);
        }
    }

    /** One round at that moment: what it queued. */
    public Round run(Instant now) {
        return new Round(digests.sendDue(now), reminders.sendDue(now), lateLists.sendDue(now));
    }

    /** What one round queued. */
    public record Round(int digests, int reminders, int lateLists) {
    }
}
