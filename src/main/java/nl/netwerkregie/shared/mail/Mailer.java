package nl.netwerkregie.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text e-mails from {@code netwerkregie.mail-from}. Inside a transaction the mail goes out after
 * the commit, so a rolled-back step sends nothing. A mail failure is logged and never breaks a flow.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String from;

    Mailer(JavaMailSender sender, @Value("${netwerkregie.mail-from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends one mail to all recipients (blank addresses are skipped; no recipients, no mail). */
    public void send(Collection<String> to, String subject, String body) {
        List<String> recipients = to.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().toList();
        if (recipients.isEmpty()) {
            log.warn("Mail '{}' not sent: no recipients", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(message);
                }
            });
        } else {
            deliver(message);
        }
    }

    /** A file sent with a mail, e.g. a PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * Sends one mail with an attachment to all recipients, after the commit as {@link #send(Collection, String,
     * String)} does. A failure (building or sending) is logged, never thrown.
     */
    public void send(Collection<String> to, String subject, String body, Attachment attachment) {
        List<String> recipients = to.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().toList();
        if (recipients.isEmpty()) {
            log.warn("Mail '{}' not sent: no recipients", subject);
            return;
        }
        Runnable delivery = () -> {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(recipients.toArray(String[]::new));
                helper.setSubject(subject);
                helper.setText(body);
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
                sender.send(message);
            } catch (MessagingException | MailException e) {
                log.error("Mail '{}' to {} could not be sent: {}", subject, recipients, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    private void deliver(SimpleMailMessage message) {
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("Mail '{}' to {} could not be sent: {}", message.getSubject(), List.of(message.getTo()),
                    e.getMessage());
        }
    }
}
