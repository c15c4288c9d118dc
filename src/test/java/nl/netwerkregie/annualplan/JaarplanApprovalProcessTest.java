package nl.netwerkregie.annualplan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of JaarplanApprovalProcess.bpmn with the real services, tables, the called board-decision process
 * and the mails to the members (GreenMail).
 */
@Tag("persistence")
class JaarplanApprovalProcessTest extends IntegrationTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries queries;
    @Autowired BoardDecisionService board;
    @Autowired BoardVoting voting;
    @Autowired OrganisationService organisations;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    static PlanContent content(String title, BigDecimal contributionBase) {
        PlanContent twente = TwenteJaarplan2025.content();
        return new PlanContent(title, twente.ambition(), twente.goals(), twente.projectBudget(), contributionBase,
                twente.themes(), twente.income(), twente.split());
    }

    private long draft(int year) {
        loginAs("coordinator1");
        long id = jaarplannen.create(year, "Jaarplan " + year);
        jaarplannen.save(id, queries.get(id).version(), content("Samen bouwen we verder " + year, new BigDecimal("275.00")));
        return id;
    }

    private ProcessInstance submit(long id) {
        loginAs("coordinator1");
        jaarplannen.submit(id, queries.get(id).version());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(JaarplanApprovalProcess.PROCESS_ID).processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
        assertThat(pi).isStarted().isWaitingAt(JaarplanApprovalProcess.TASK_RECORD_ADVICE);
        assertThat(task(JaarplanApprovalProcess.TASK_RECORD_ADVICE, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(JaarplanApprovalProcess.FORM_ADVICE);
        return pi;
    }

    private void advise(ProcessInstance pi, String advice, String skipReason) {
        loginAs("coordinator2");
        jaarplannen.recordAdvice(task(JaarplanApprovalProcess.TASK_RECORD_ADVICE, pi).getId(), advice, skipReason);
        assertThat(pi).isWaitingAt(JaarplanApprovalProcess.CALL_PLAN_DECISION);
    }

    private void boardVotes(ProcessInstance pi, VoteChoice choice, int members, String reason) {
        long decisionId = (Long) runtimeService.getVariable(pi.getId(), JaarplanApprovalProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(voting.calledDecisionId(pi)).isEqualTo(decisionId);
        voting.vote(pi, choice, members, member -> reason == null ? null : reason + " (" + member + ")", this::loginAs);
    }

    @Test
    void adoptedTheFirstTime() throws Exception {
        int year = YEARS.getAndIncrement();
        long id = draft(year);
        ProcessInstance pi = submit(id);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).status()).isEqualTo(JaarplanStatus.ADVICE);
        // Submitted: not editable until the board has decided.
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.save(id, queries.get(id).version(),
                content("Anders", BigDecimal.TEN))).isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.notEditable");
        advise(pi, "De netwerkgroep adviseert positief.", null);
        long decisionId = queries.get(id).decisionId();
        org.assertj.core.api.Assertions.assertThat(board.get(decisionId).getProposal().replace('\u00A0', ' '))
                .contains("Bewustwording: € 66.304,00", "Totale projectkosten: € 138.800,00",
                        "Advies van de netwerkgroep: De netwerkgroep adviseert positief.");
        boardVotes(pi, VoteChoice.YES, 5, null);

        assertThat(pi).isEnded().hasPassed(JaarplanApprovalProcess.TASK_ADOPT_PLAN, JaarplanApprovalProcess.END_ADOPTED)
                .hasNotPassed(JaarplanApprovalProcess.TASK_RETURN_PLAN);
        assertThat(pi).variables().containsOnlyKeys(JaarplanApprovalProcess.VAR_JAARPLAN_ID,
                JaarplanApprovalProcess.VAR_DECISION_ID, JaarplanApprovalProcess.VAR_ADOPTED);
        JaarplanView adopted = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(adopted.status()).isEqualTo(JaarplanStatus.ADOPTED);
        org.assertj.core.api.Assertions.assertThat(organisations.contributionBase(year)).isEqualByComparingTo("275.00");
        // Frozen.
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.save(id, adopted.version(),
                content("Later gewijzigd", BigDecimal.ONE))).isInstanceOf(DomainException.class)
                .hasMessageContaining("jaarplan.frozen");
        // Every member's contact persons get the plan as PDF.
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains("Jaarplan " + year + " vastgesteld")).toList();
        org.assertj.core.api.Assertions.assertThat(mails).isNotEmpty();
        Multipart body = (Multipart) mails.get(0).getContent();
        org.assertj.core.api.Assertions.assertThat(body.getCount()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(body.getBodyPart(1).getFileName()).isEqualTo("jaarplan-" + year + ".pdf");
        byte[] pdf = body.getBodyPart(1).getInputStream().readAllBytes();
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // The figures of one whole approval (issue 14): each board member hears of their vote once, at once; the
        // coordinators' group tasks wait for their daily digest (the default), so no mail of theirs here.
        var tally = nl.netwerkregie.Mails.tally(greenMail);
        System.out.println(nl.netwerkregie.Mails.print("one jaarplan approval", tally));
        org.assertj.core.api.Assertions.assertThat(tally.get("Nieuwe taak")).allSatisfy((to, n) ->
                org.assertj.core.api.Assertions.assertThat(n).as(to).isEqualTo(1));
        org.assertj.core.api.Assertions.assertThat(tally.get("Nieuwe taak").keySet())
                .allMatch(to -> to.startsWith("bestuur")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void rejectedRevisedAndAdopted() {
        int year = YEARS.getAndIncrement();
        long id = draft(year);
        ProcessInstance pi = submit(id);
        advise(pi, "Positief, met kanttekeningen.", null);
        // Four NO votes of eight settle it: even four YES votes would not be a majority.
        boardVotes(pi, VoteChoice.NO, 4, "Meer geld naar participatie");

        assertThat(pi).isWaitingAt(JaarplanApprovalProcess.TASK_REVISE_PLAN).hasPassed(JaarplanApprovalProcess.TASK_RETURN_PLAN);
        assertThat(task(JaarplanApprovalProcess.TASK_REVISE_PLAN, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(JaarplanApprovalProcess.FORM_REVISE);
        JaarplanView returned = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(returned.status()).isEqualTo(JaarplanStatus.REVISION);
        org.assertj.core.api.Assertions.assertThat(returned.boardRemarks())
                .contains("Meer geld naar participatie (bestuur1)", "Meer geld naar participatie (bestuur4)");

        // Revise: more for theme 4, a lower contribution base; resubmit as version 2.
        loginAs("coordinator1");
        PlanContent before = returned.content();
        ThemePlan theme4 = before.themes().get(3);
        List<CostItem> items = new java.util.ArrayList<>(theme4.items());
        items.add(CostItem.units("Extra bijeenkomsten patiëntenplatform", "200", 5, null));
        List<ThemePlan> themes = new java.util.ArrayList<>(before.themes());
        themes.set(3, new ThemePlan(theme4.name(), theme4.aims(), theme4.activities(), items));
        jaarplannen.save(id, returned.version(), new PlanContent(before.title(), before.ambition(), "Nieuwe doelen",
                new BigDecimal("141000.00"), new BigDecimal("260.00"), themes, before.income(),
                List.of(new SplitLine("EHNOT", new BigDecimal("81000.00"), null), new SplitLine("NWT", new BigDecimal("60000.00"), null))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.submit(id, queries.get(id).version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.resubmitThroughTask");
        jaarplannen.resubmit(task(JaarplanApprovalProcess.TASK_REVISE_PLAN, pi).getId());
        assertThat(pi).isWaitingAt(JaarplanApprovalProcess.TASK_RECORD_ADVICE);
        org.assertj.core.api.Assertions.assertThat(queries.versions(id)).extracting(VersionInfo::number,
                v -> v.totalCosts().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "138800.00"), org.assertj.core.groups.Tuple.tuple(2, "139800.00"));
        List<VersionChange> changes = queries.compare(id, 1, 2);
        org.assertj.core.api.Assertions.assertThat(changes).extracting(VersionChange::key).contains("plan|goals",
                "plan|projectBudget", "plan|contributionBase",
                "theme|Participatie en ondersteuning|item|Extra bijeenkomsten patiëntenplatform",
                "theme|Participatie en ondersteuning|total", "total|costs", "split|EHNOT", "split|Netwerk Midden-Twente");
        VersionChange total = changes.stream().filter(c -> c.key().equals("total|costs")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(total.oldAmount()).isEqualByComparingTo("138800.00");
        org.assertj.core.api.Assertions.assertThat(total.newAmount()).isEqualByComparingTo("139800.00");
        org.assertj.core.api.Assertions.assertThat(changes.stream()
                .filter(c -> c.key().endsWith("Extra bijeenkomsten patiëntenplatform")).findFirst().orElseThrow().added()).isTrue();

        advise(pi, null, "Netwerkgroep gaf in versie 1 al advies");
        boardVotes(pi, VoteChoice.YES, 5, null);
        assertThat(pi).isEnded().hasPassed(JaarplanApprovalProcess.END_ADOPTED);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).status()).isEqualTo(JaarplanStatus.ADOPTED);
        org.assertj.core.api.Assertions.assertThat(organisations.contributionBase(year)).isEqualByComparingTo("260.00");
    }

    @Test
    void adviceSkippedWithAReason() {
        long id = draft(YEARS.getAndIncrement());
        ProcessInstance pi = submit(id);
        loginAs("coordinator1");
        String taskId = task(JaarplanApprovalProcess.TASK_RECORD_ADVICE, pi).getId();
        // Neither advice nor a reason, or both: refused, the task stays.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.recordAdvice(taskId, " ", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.adviceOrSkipReason");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.recordAdvice(taskId, "Advies", "Reden"))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.adviceOrSkipReason");
        // Board members may not record the advice.
        loginAs("bestuur1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.recordAdvice(taskId, null, "Geen tijd"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        advise(pi, null, "De netwerkgroep vergadert pas na de bestuursvergadering");
        JaarplanView plan = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(plan.advice()).isNull();
        org.assertj.core.api.Assertions.assertThat(plan.adviceSkippedReason())
                .isEqualTo("De netwerkgroep vergadert pas na de bestuursvergadering");
        org.assertj.core.api.Assertions.assertThat(board.get(plan.decisionId()).getProposal().replace('\u00A0', ' '))
                .contains("Geen advies van de netwerkgroep gevraagd: De netwerkgroep vergadert pas na de bestuursvergadering");
        org.assertj.core.api.Assertions.assertThat(plan.status()).isEqualTo(JaarplanStatus.BOARD);
    }

    @Test
    void deadlinePassedWithoutVotesGivesTheCoordinatorTheNoVotesTask() {
        long id = draft(YEARS.getAndIncrement());
        ProcessInstance pi = submit(id);
        advise(pi, "Positief", null);
        ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, called));
        asyncJobs.runAll();
        assertThat(called).isWaitingAt(BoardDecisionProcess.TASK_HANDLE_NO_VOTES);
        assertThat(task(BoardDecisionProcess.TASK_HANDLE_NO_VOTES, called)).hasCandidateGroup("coordinator")
                .hasFormKey(BoardDecisionProcess.FORM_NO_VOTES);
        assertThat(pi).isWaitingAt(JaarplanApprovalProcess.CALL_PLAN_DECISION);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).status()).isEqualTo(JaarplanStatus.BOARD);
    }

    @Test
    void submittingNeedsThemesAndAContributionBase() {
        loginAs("coordinator1");
        int year = YEARS.getAndIncrement();
        long id = jaarplannen.create(year, "Leeg");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.submit(id, queries.get(id).version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.noThemes");
        jaarplannen.save(id, queries.get(id).version(), content("Zonder basisbedrag", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.submit(id, queries.get(id).version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.contributionBaseRequired");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jaarplannen.create(year, "Dubbel"))
                .isInstanceOf(DomainException.class).hasMessageContaining("jaarplan.yearExists");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
