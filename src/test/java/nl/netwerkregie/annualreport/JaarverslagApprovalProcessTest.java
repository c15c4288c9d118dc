package nl.netwerkregie.annualreport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.annualreport.process.JaarverslagApprovalProcess;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every path of JaarverslagApprovalProcess.bpmn with the real services, tables, the called board-decision
 * process and the mails to the members (GreenMail): adopted the first time; not adopted, revised and adopted.
 */
@Tag("persistence")
class JaarverslagApprovalProcessTest extends IntegrationTest {

    /** Years no other test writes a report for (one report per year and network). */
    private static final AtomicInteger YEARS = new AtomicInteger(2061);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired JaarverslagService reports;
    @Autowired JaarverslagQueries queries;
    @Autowired BoardDecisionService board;
    @Autowired BoardVoting voting;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    private long draft(int year, String introduction) {
        loginAs("coordinator1");
        long id = reports.create(year);
        reports.saveTexts(id, queries.get(id).version(), Map.of(Section.INTRODUCTION, introduction,
                Section.MEMBERS, "Het netwerk groeide dit jaar."));
        return id;
    }

    private ProcessInstance submit(long id) {
        loginAs("coordinator1");
        reports.submit(id, queries.get(id).version());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(JaarverslagApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(pi).isStarted().isWaitingAt(JaarverslagApprovalProcess.CALL_REPORT_DECISION);
        return pi;
    }

    @Test
    void adoptedTheFirstTime() throws Exception {
        int year = YEARS.getAndIncrement();
        long id = draft(year, "Een jaar van samen bouwen.");
        ProcessInstance pi = submit(id);
        JaarverslagView submitted = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(submitted.status()).isEqualTo(JaarverslagStatus.SUBMITTED);
        org.assertj.core.api.Assertions.assertThat(board.get(submitted.decisionId()).getQuestion())
                .isEqualTo("Stelt het bestuur het jaarverslag " + year + " vast (versie 1)?");
        // With the board: the texts are locked.
        assertThatThrownBy(() -> reports.saveTexts(id, submitted.version(), Map.of(Section.INTRODUCTION, "Anders")))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarverslag.notEditable");

        voting.vote(pi, VoteChoice.YES, 5, member -> null, this::loginAs);

        assertThat(pi).isEnded().hasPassed(JaarverslagApprovalProcess.TASK_ADOPT_REPORT,
                JaarverslagApprovalProcess.END_ADOPTED).hasNotPassed(JaarverslagApprovalProcess.TASK_RETURN_REPORT);
        assertThat(pi).variables().containsOnlyKeys(JaarverslagApprovalProcess.VAR_JAARVERSLAG_ID,
                JaarverslagApprovalProcess.VAR_DECISION_ID, JaarverslagApprovalProcess.VAR_ADOPTED);
        loginAs("coordinator1");
        JaarverslagView adopted = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(adopted.status()).isEqualTo(JaarverslagStatus.ADOPTED);
        assertThatThrownBy(() -> reports.saveTexts(id, adopted.version(), Map.of(Section.INTRODUCTION, "Later")))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarverslag.frozen");
        // Every member's contact persons get the adopted report as PDF; the page's PDF is that same file.
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).equals("Jaarverslag " + year + " vastgesteld")).toList();
        org.assertj.core.api.Assertions.assertThat(mails).isNotEmpty();
        Multipart body = (Multipart) mails.get(0).getContent();
        org.assertj.core.api.Assertions.assertThat(body.getBodyPart(1).getFileName())
                .isEqualTo("jaarverslag-" + year + ".pdf");
        byte[] mailed = body.getBodyPart(1).getInputStream().readAllBytes();
        org.assertj.core.api.Assertions.assertThat(queries.pdf(id, java.util.Locale.ENGLISH)).isEqualTo(mailed);
        org.assertj.core.api.Assertions.assertThat(PdfText.of(mailed)).contains("Jaarverslag " + year,
                "Status: Vastgesteld", "1. Voorwoord", "Een jaar van samen bouwen.",
                "Er is geen vastgesteld jaarplan voor " + year + ".");
        // Each member organisation once: no contact person gets it twice.
        List<String> to = mails.stream().flatMap(m -> recipients(m).stream()).toList();
        org.assertj.core.api.Assertions.assertThat(to).doesNotHaveDuplicates();
    }

    @Test
    void notAdoptedRevisedAndAdopted() {
        int year = YEARS.getAndIncrement();
        long id = draft(year, "Eerste versie.");
        ProcessInstance pi = submit(id);
        // Four NO votes of eight settle it.
        voting.vote(pi, VoteChoice.NO, 4, member -> "Meer over de werkgroepen (" + member + ")", this::loginAs);

        assertThat(pi).isWaitingAt(JaarverslagApprovalProcess.TASK_REVISE_REPORT)
                .hasPassed(JaarverslagApprovalProcess.TASK_RETURN_REPORT);
        assertThat(task(JaarverslagApprovalProcess.TASK_REVISE_REPORT, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(JaarverslagApprovalProcess.FORM_REVISE);
        loginAs("coordinator1");
        JaarverslagView returned = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(returned.status()).isEqualTo(JaarverslagStatus.REVISION);
        org.assertj.core.api.Assertions.assertThat(returned.boardRemarks())
                .contains("Meer over de werkgroepen (bestuur1)", "Meer over de werkgroepen (bestuur4)");
        long firstDecision = returned.decisionId();

        reports.saveTexts(id, returned.version(), Map.of(Section.INTRODUCTION, "Herziene versie.",
                Section.WERKGROEPEN, "De werkgroepen hebben veel bereikt."));
        assertThatThrownBy(() -> reports.submit(id, queries.get(id).version())).isInstanceOf(DomainException.class)
                .hasMessageContaining("jaarverslag.resubmitThroughTask");
        reports.resubmit(task(JaarverslagApprovalProcess.TASK_REVISE_REPORT, pi).getId());
        assertThat(pi).isWaitingAt(JaarverslagApprovalProcess.CALL_REPORT_DECISION);
        JaarverslagView again = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(again.submittedVersions()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(again.decisionId()).isNotEqualTo(firstDecision);
        org.assertj.core.api.Assertions.assertThat(voting.calledDecisionId(pi)).isEqualTo(again.decisionId());

        voting.vote(pi, VoteChoice.YES, 5, member -> null, this::loginAs);
        assertThat(pi).isEnded().hasPassed(JaarverslagApprovalProcess.END_ADOPTED);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(queries.get(id).status()).isEqualTo(JaarverslagStatus.ADOPTED);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).text(Section.WERKGROEPEN))
                .isEqualTo("De werkgroepen hebben veel bereikt.");
    }

    @Test
    void onlyCoordinatorsWriteAndTheBoardReads() {
        int year = YEARS.getAndIncrement();
        long id = draft(year, "Concept.");
        loginAs("bestuur1");
        assertThatThrownBy(() -> reports.create(year + 100)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveTexts(id, queries.get(id).version(), Map.of(Section.INTRODUCTION, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.submit(id, queries.get(id).version())).isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).text(Section.INTRODUCTION)).isEqualTo("Concept.");
        loginAs("contact1");
        assertThatThrownBy(() -> queries.get(id)).isInstanceOf(AccessDeniedException.class);
        loginAs("coordinator1");
        assertThatThrownBy(() -> reports.create(year)).isInstanceOf(DomainException.class)
                .hasMessageContaining("jaarverslag.yearExists");
        // A save based on a version someone else has overtaken is refused.
        long stale = queries.get(id).version();
        reports.saveTexts(id, stale, Map.of(Section.INTRODUCTION, "Van coördinator 1"));
        loginAs("coordinator2");
        assertThatThrownBy(() -> reports.saveTexts(id, stale, Map.of(Section.INTRODUCTION, "Van coördinator 2")))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarverslag.concurrentEdit");
        org.assertj.core.api.Assertions.assertThat(queries.get(id).text(Section.INTRODUCTION)).isEqualTo("Van coördinator 1");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
