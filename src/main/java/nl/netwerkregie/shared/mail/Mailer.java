package nl.netwerkregie.shared.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues plain-text e-mails in the outbox (docs/decisions/0011-mail-outbox.md): in the transaction of the step
 * that causes them, so a rolled-back step sends nothing, and sent after the commit by the {@link MailDispatcher},
 * off the user's request and with retries, so a mail server that is down loses nothing and never breaks a flow.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailOutbox outbox;
    private final MailDispatcher dispatcher;
    private final Executor dispatch;
    private final Clock clock;

    Mailer(MailOutbox outbox, MailDispatcher dispatcher, @Qualifier(MailConfig.DISPATCH) Executor dispatch,
            Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** Sends one mail to all recipients (blank addresses are skipped; no recipients, no mail). */
    public void send(Collection<String> to, String subject, String body) {
        send(new OutgoingMail(null, null, List.copyOf(to), subject, body, null, null, null));
    }

    /** A file sent with a mail, e.g. a PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Sends one mail with an attachment to all recipients, as {@link #send(Collection, String, String)} does. */
    public void send(Collection<String> to, String subject, String body, Attachment attachment) {
        send(new OutgoingMail(null, null, List.copyOf(to), subject, body, null, null, attachment));
    }

    /**
     * Queues the mail unless one for the same event was queued before (on any node).
     *
     * @return false when nothing was queued: no recipients, or the event had its mail already
     */
    public boolean send(OutgoingMail mail) {
        List<String> recipients = mail.to().stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().toList();
        if (recipients.isEmpty()) {
            log.warn("Mail '{}' not sent: no recipients", mail.subject());
            return false;
        }
        OutgoingMail keyed = mail.eventKey() != null ? mail : new OutgoingMail("mail:" + UUID.randomUUID(),
                mail.networkId(), mail.to(), mail.subject(), mail.body(), mail.aboutTask(), mail.sendAfter(),
                mail.attachment());
        if (!outbox.add(keyed, recipients, clock.instant())) {
            return false;
        }
        sendAfterCommit();
        return true;
    }

    /** Whether a mail for that event was queued (sent or not). */
    public boolean queued(String eventKey) {
        return outbox.exists(eventKey);
    }

    /** Mails about the task that have not gone out are not sent: it is done (in the caller's transaction). */
    public void cancelAbout(String taskId) {
        outbox.cancelAbout(taskId, clock.instant());
    }

    private void sendAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch.execute(dispatcher::sendDue);
                }
            });
        } else {
            dispatch.execute(dispatcher::sendDue);
        }
    }
}
