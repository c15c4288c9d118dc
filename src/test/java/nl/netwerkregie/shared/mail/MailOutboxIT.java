package nl.netwerkregie.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps its promises (issue 14, acceptance 2): a mail of a rolled-back step is never sent; a mail queued
 * while the mail server is down arrives once it is back, once; two nodes sending the same outbox send every mail
 * once; the same event never queues a second mail.
 */
@Tag("persistence")
class MailOutboxIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailer mailer;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JavaMailSender sender;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${netwerkregie.mail-from}")
    String from;

    @Test
    void aRolledBackStepSendsNothing() {
        String subject = "Teruggedraaid " + UUID.randomUUID();
        TransactionTemplate step = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> step.executeWithoutResult(tx -> {
            mailer.send(List.of("a@netwerk.example"), subject, "Mag nooit aankomen");
            throw new IllegalStateException("the step fails after queuing its mail");
        })).isInstanceOf(IllegalStateException.class);
        dispatcher.sendDue();
        assertThat(subjects()).doesNotContain(subject);
        assertThat(outboxHas(subject)).isFalse();
    }

    @Test
    void aMailQueuedWhileTheServerIsDownArrivesOnceWhenItIsBack() {
        String subject = "Storing " + UUID.randomUUID();
        greenMail.stop();
        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                mailer.send(List.of("b@netwerk.example"), subject, "Komt later, maar komt"));
        assertThat(outboxHas(subject)).as("kept in the outbox").isTrue();
        greenMail.start();
        dispatcher.sendDue();
        assertThat(subjects()).as("not before its retry time").doesNotContain(subject);

        MailDispatcher afterTheRetryWait = new MailDispatcher(outbox, sender, from,
                Clock.offset(Clock.system(ZoneId.of("Europe/Amsterdam")), Duration.ofDays(2)), transactions,
                Duration.ofDays(1));
        afterTheRetryWait.sendDue();
        afterTheRetryWait.sendDue();
        dispatcher.sendDue();
        assertThat(subjects()).filteredOn(subject::equals).hasSize(1);
    }

    @Test
    void twoNodesSendEveryMailOnce() throws Exception {
        greenMail.stop();
        String batch = "Twee nodes " + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            mailer.send(List.of("c@netwerk.example"), batch + " #" + i, "Eén keer");
        }
        greenMail.start();
        Clock later = Clock.offset(Clock.system(ZoneId.of("Europe/Amsterdam")), Duration.ofDays(2));
        MailDispatcher nodeA = new MailDispatcher(outbox, sender, from, later, transactions, Duration.ofDays(1));
        MailDispatcher nodeB = new MailDispatcher(outbox, sender, from, later, transactions, Duration.ofDays(1));
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(go, nodeA));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(go, nodeB));
        go.countDown();
        // Mails other tests could not send (no mail server then) are due by now too.
        assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(20);
        assertThat(subjects()).filteredOn(s -> s.startsWith(batch)).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void theSameEventQueuesOneMail() {
        String key = "test:" + UUID.randomUUID();
        assertThat(mailer.send(OutgoingMail.forEvent(key, null, "d@netwerk.example", "Eén " + key, "x"))).isTrue();
        assertThat(mailer.send(OutgoingMail.forEvent(key, null, "d@netwerk.example", "Eén " + key, "x"))).isFalse();
        assertThat(subjects()).filteredOn(("Eén " + key)::equals).hasSize(1);
    }

    @Test
    void aMailAboutATaskDoneBeforeItWentOutIsNotSent() {
        String task = "task-" + UUID.randomUUID();
        greenMail.stop();
        mailer.send(OutgoingMail.aboutTask("test:" + task, null, "e@netwerk.example", "Over " + task, "x", task));
        mailer.cancelAbout(task);
        greenMail.start();
        new MailDispatcher(outbox, sender, from, Clock.offset(Clock.systemUTC(), Duration.ofDays(2)),
                transactions, Duration.ofDays(1)).sendDue();
        assertThat(subjects()).doesNotContain("Over " + task);
    }

    @Test
    void retriesWaitLongerEachTimeUpToFourHours() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(MailDispatcher.wait(1, minute)).isEqualTo(minute);
        assertThat(MailDispatcher.wait(3, minute)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailDispatcher.wait(MailDispatcher.MAX_ATTEMPTS, minute)).isEqualTo(Duration.ofHours(4));
    }

    private static int await(CountDownLatch go, MailDispatcher node) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return node.sendDue();
    }

    private boolean outboxHas(String subject) {
        return !outbox.due(Instant.now().plus(Duration.ofDays(1)), Integer.MAX_VALUE).stream()
                .map(id -> outbox.load(id).orElseThrow().subject()).filter(subject::equals).toList().isEmpty();
    }

    private List<String> subjects() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailOutboxIT::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
