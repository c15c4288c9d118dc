package nl.netwerkregie.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds: right after the commit that queued it, and every {@code netwerkregie.mail.retry-every}
 * for what could not go out (the mail server down, a node that died mid-way). Each mail is claimed first, so two
 * nodes never send the same one; a failed attempt is tried again later, less often each time, and given up after
 * {@link #MAX_ATTEMPTS} (the row stays, with its last error, for the operator).
 */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 10;
    /** Names the outbox row in every mail sent (for the operator and the fault tests, issue 19). */
    public static final String OUTBOX_HEADER = "X-Netwerkregie-Mail";
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final String from;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String node = nodeName();
    private final Duration firstRetry;

    MailDispatcher(MailOutbox outbox, JavaMailSender sender, @Value("${netwerkregie.mail-from}") String from,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${netwerkregie.mail.first-retry:PT1M}") Duration firstRetry) {
        this.firstRetry = firstRetry;
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Also when called right after another transaction's commit: the claim and the result are our own.
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends every mail that is due; returns how many went out. */
    @Scheduled(fixedDelayString = "${netwerkregie.mail.retry-every:PT1M}",
            initialDelayString = "${netwerkregie.mail.retry-every:PT1M}")
    public int sendDue() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            Boolean claimed = ownTransaction.execute(tx -> outbox.claim(id, node, clock.instant(), CLAIM));
            if (Boolean.TRUE.equals(claimed)) {
                sent += outbox.load(id).map(this::attempt).orElse(false) ? 1 : 0;
            }
        }
        return sent;
    }

    /** How many mails wait to be sent. */
    public int waiting() {
        return outbox.waiting();
    }

    private boolean attempt(MailOutbox.Queued mail) {
        try {
            sender.send(message(mail));
            ownTransaction.executeWithoutResult(tx -> outbox.sent(mail.id(), clock.instant()));
            return true;
        } catch (MessagingException | MailException e) {
            int attempt = mail.attempts() + 1;
            Instant retryAt = attempt >= MAX_ATTEMPTS ? null : clock.instant().plus(wait(attempt, firstRetry));
            log.warn("Mail {} '{}' to {} not sent (attempt {}): {}{}", mail.id(), mail.subject(), mail.recipients(),
                    attempt, e.getMessage(), retryAt == null ? "; given up" : "; again at " + retryAt);
            ownTransaction.executeWithoutResult(tx -> outbox.failed(mail.id(), e.getMessage(), clock.instant(), retryAt));
            return false;
        }
    }

    /**
     * 1, 2, 4 … times the first wait (a minute), at most 240 times that (four hours): a short outage costs minutes,
     * a long one does not flood the log.
     */
    static Duration wait(int attempt, Duration first) {
        long times = Math.min(240, 1L << Math.min(attempt - 1, 8));
        return first.multipliedBy(times);
    }

    private MimeMessage message(MailOutbox.Queued mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipients().toArray(String[]::new));
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        // The outbox row this mail is, and a Message-ID of its own that stays the same when the row is sent again: a
        // node killed after the mail server took the mail but before the row was marked sent sends it once more
        // after the claim runs out (plain SMTP cannot rule that out), and mail clients that know the Message-ID
        // show it once (issue 19). Spring's sender keeps a Message-ID that is set.
        message.setHeader(OUTBOX_HEADER, String.valueOf(mail.id()));
        message.setHeader("Message-ID", messageId(mail));
        if (mail.attachment() != null) {
            helper.addAttachment(mail.attachment().fileName(), new ByteArrayResource(mail.attachment().content()),
                    mail.attachment().contentType());
        }
        return message;
    }

    /** The same for every attempt at the same row, and unlike any other mail's (the row's id and content). */
    String messageId(MailOutbox.Queued mail) {
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip() : "localhost";
        String content = mail.id() + "\n" + String.join(",", mail.recipients()) + "\n" + mail.subject() + "\n" + mail.body();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "<netwerkregie." + mail.id() + "." + java.util.HexFormat.of().formatHex(hash, 0, 12) + "@" + domain + ">";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Only for log lines and tests: which node this is. */
    String node() {
        return node;
    }

    List<Long> dueIds() {
        return outbox.due(clock.instant(), BATCH);
    }
}
