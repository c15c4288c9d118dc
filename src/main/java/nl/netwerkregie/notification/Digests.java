package nl.netwerkregie.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import nl.netwerkregie.people.Recipient;
import nl.netwerkregie.people.Recipients;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once a day, at the time the person chose, one mail with all their new tasks since the last
 * one; tasks done meanwhile are left out (their entries went with them). One a day: the mail's event key names the
 * day, so a second round (or a second node) that day sends nothing, and what came after waits for tomorrow.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final DigestEntries entries;
    private final Recipients recipients;
    private final WorkMails mails;
    private final Mailer mailer;
    private final TransactionTemplate transaction;

    Digests(DigestEntries entries, Recipients recipients, WorkMails mails, Mailer mailer,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.recipients = recipients;
        this.mails = mails;
        this.mailer = mailer;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends the digests that are due at that moment; returns how many. */
    int sendDue(Instant now) {
        ZonedDateTime local = now.atZone(ClockConfig.NETWORK_ZONE);
        String day = local.toLocalDate().toString();
        int sent = 0;
        for (String username : entries.usernames()) {
            try {
                Boolean done = transaction.execute(tx -> sendOne(username, local, day));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DataIntegrityViolationException e) {
                log.info("Digest of {} for {} was sent by another node", username, day);
            }
        }
        return sent;
    }

    private boolean sendOne(String username, ZonedDateTime local, String day) {
        Recipient to = recipients.of(List.of(username)).get(username);
        List<TaskFacts> tasks = entries.of(username);
        if (to == null) {
            // No longer active: their tasks went to others or back to the group.
            entries.remove(username, tasks.stream().map(TaskFacts::taskId).toList());
            return false;
        }
        if (local.toLocalTime().isBefore(to.settings().digestAtOrDefault()) || tasks.isEmpty()
                || mailer.queued("digest:" + username + ":" + day)) {
            return false;
        }
        mailer.send(mails.digest(to, day, tasks));
        entries.remove(username, tasks.stream().map(TaskFacts::taskId).toList());
        return true;
    }
}
