package nl.netwerkregie.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A mail sent again after a crash (the mail server took it, the node died before the outbox recorded it) is the same
 * message: the same Message-ID at every attempt of a row, another for every other row (issue 19).
 */
class MessageIdTest {

    private final MailDispatcher dispatcher = new MailDispatcher(mock(MailOutbox.class), mock(JavaMailSender.class),
            "netwerkregie@netwerk.example", Clock.systemUTC(), mock(PlatformTransactionManager.class),
            Duration.ofMinutes(1));

    @Test
    void everyAttemptAtARowHasTheSameMessageIdAndOtherRowsOthers() {
        MailOutbox.Queued mail = new MailOutbox.Queued(42, List.of("a@example.org"), "Nieuwe taak", "Tekst", null, 0);
        MailOutbox.Queued retry = new MailOutbox.Queued(42, List.of("a@example.org"), "Nieuwe taak", "Tekst", null, 3);
        MailOutbox.Queued other = new MailOutbox.Queued(43, List.of("a@example.org"), "Nieuwe taak", "Tekst", null, 0);
        assertThat(dispatcher.messageId(mail)).isEqualTo(dispatcher.messageId(retry))
                .isNotEqualTo(dispatcher.messageId(other)).startsWith("<netwerkregie.42.").endsWith("@netwerk.example>");
    }
}
