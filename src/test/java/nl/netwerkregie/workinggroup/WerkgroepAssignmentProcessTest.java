package nl.netwerkregie.workinggroup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every path of WerkgroepAssignmentProcess.bpmn with the real services, tables and the called board-decision
 * process: approval, rejection and revision, the reporting loop, a late report, a question to the chair.
 */
@Tag("persistence")
class WerkgroepAssignmentProcessTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @org.springframework.beans.factory.annotation.Autowired
    nl.netwerkregie.people.PeopleQueries people;

    private static final String VICE = "vice-deskundigheid";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AssignmentService assignments;
    @Autowired AssignmentQueries queries;
    @Autowired AssignmentResults results;
    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;
    @Autowired BoardDecisionService board;
    @Autowired BoardVoting voting;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    private ProcessInstance draft() {
        loginAs("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", VICE);
        long id = assignments.draft(WerkgroepFixtures.assignment(werkgroep));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(pi).isStarted().isWaitingAt(WerkgroepAssignmentProcess.CALL_ASSIGNMENT_DECISION);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).getStatus()).isEqualTo(AssignmentStatus.BOARD_DECISION);
        return pi;
    }

    private long idOf(ProcessInstance pi) {
        return Long.parseLong(pi.getBusinessKey());
    }

    private void boardVotes(ProcessInstance pi, VoteChoice choice, int members) {
        long decisionId = (Long) runtimeService.getVariable(pi.getId(), WerkgroepAssignmentProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(voting.calledDecisionId(pi)).isEqualTo(decisionId);
        voting.vote(pi, choice, members, member -> "Reden van " + member, this::loginAs);
    }

    private void approve(ProcessInstance pi) {
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TIMER_REPORT_DUE)
                .hasPassed(WerkgroepAssignmentProcess.TASK_ACTIVATE);
        org.assertj.core.api.Assertions.assertThat(queries.get(idOf(pi)).getStatus()).isEqualTo(AssignmentStatus.ACTIVE);
    }

    /** The timer fires; the chair's report task is there, offered to the chair and vice chair. */
    private void reportFallsDue(ProcessInstance pi, LocalDate expectedDue) {
        org.assertj.core.api.Assertions.assertThat(job(WerkgroepAssignmentProcess.TIMER_REPORT_DUE, pi).getDuedate().toInstant())
                .isEqualTo(expectedDue.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        execute(job(WerkgroepAssignmentProcess.TIMER_REPORT_DUE, pi));
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TASK_REPORT);
        assertThat(task(WerkgroepAssignmentProcess.TASK_REPORT, pi)).hasCandidateUser("voorzitter1")
                .hasCandidateUser(VICE).hasFormKey(WerkgroepAssignmentProcess.FORM_REPORT);
        org.assertj.core.api.Assertions.assertThat(task(WerkgroepAssignmentProcess.TASK_REPORT, pi).getDueDate().toInstant())
                .isEqualTo(expectedDue.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        // The chair hears of it at once (a task offered to them by name), with the way straight to it (issue 14).
        MimeMessage told = nl.netwerkregie.Mails.lastTo(greenMail,
                people.byUsername("voorzitter1").orElseThrow().email());
        org.assertj.core.api.Assertions.assertThat(told).isNotNull();
        org.assertj.core.api.Assertions.assertThat(nl.netwerkregie.Mails.body(told))
                .contains("/taken/" + task(WerkgroepAssignmentProcess.TASK_REPORT, pi).getId());
    }

    private void report(ProcessInstance pi, String who, boolean finalReport) {
        loginAs(who, Role.WERKGROEP_CHAIR);
        assignments.submitReport(task(WerkgroepAssignmentProcess.TASK_REPORT, pi).getId(), new ReportForm(
                TimelineStatus.ON_TRACK, finalReport ? "Drie bijeenkomsten gehouden, 72 deelnemers" : "Programma staat",
                "Locaties boeken", null, new BigDecimal("400.00"), finalReport));
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT);
        assertThat(task(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(WerkgroepAssignmentProcess.FORM_REVIEW_REPORT);
    }

    private void accept(ProcessInstance pi) {
        loginAs("coordinator2");
        assignments.reviewReport(task(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT, pi).getId(), true, null);
        asyncJobs.runAll();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void approvedAndCompletedWithTwoProgressReportsAndAFinalReport() {
        ProcessInstance pi = draft();
        long id = idOf(pi);
        assertThat(pi).variables().containsOnlyKeys("assignmentId", "decisionId").containsEntry("assignmentId", id);
        // What the board reads: Dutch dates and amounts, the milestones under their own heading.
        long decisionId = (Long) runtimeService.getVariable(pi.getId(), WerkgroepAssignmentProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(board.get(decisionId).getProposal().replace('\u00A0', ' '))
                .contains("Budget: € 2.500,00", "\nMijlpalen:\n- ")
                .doesNotContain("EUR", ". Mijlpalen:");
        approve(pi);
        LocalDate start = LocalDate.now();

        reportFallsDue(pi, start.plusMonths(1));            // the first milestone
        report(pi, "voorzitter1", false);
        accept(pi);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TIMER_REPORT_DUE);

        reportFallsDue(pi, start.plusMonths(1).plusMonths(3)); // at most 3 months after the last one (P3M)
        report(pi, VICE, false);
        accept(pi);

        reportFallsDue(pi, start.plusMonths(5));            // the second milestone
        report(pi, "voorzitter1", true);
        accept(pi);

        assertThat(pi).isEnded().hasPassed(WerkgroepAssignmentProcess.TASK_CLOSE, WerkgroepAssignmentProcess.END_CLOSED);
        assertThat(pi).variables().hasSize(5)
                .containsOnlyKeys("assignmentId", "decisionId", "approved", "finalReport", "reportAccepted")
                .containsEntry("approved", true).containsEntry("finalReport", true).containsEntry("reportAccepted", true);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(queries.get(id).getStatus()).isEqualTo(AssignmentStatus.CLOSED);
        org.assertj.core.api.Assertions.assertThat(queries.reports(id)).extracting(ProgressReport::getDueDate,
                ProgressReport::isFinalReport, ProgressReport::getState).containsExactly(
                org.assertj.core.groups.Tuple.tuple(start.plusMonths(1), false, ReportState.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(start.plusMonths(1).plusMonths(3), false, ReportState.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(start.plusMonths(5), true, ReportState.ACCEPTED));
        org.assertj.core.api.Assertions.assertThat(queries.timeline(id)).extracting(TimelineEntry::kind)
                .contains("START", "MILESTONE", "REPORT", "FINAL_REPORT", "END").doesNotContain("NEXT_REPORT");

        // The outcome is visible to the board and feeds the annual report of the year it closed.
        loginAs("bestuur3");
        AssignmentResult result = results.closedIn(LocalDate.now().getYear()).stream()
                .filter(r -> r.assignmentId() == id).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(result.achieved()).isEqualTo("Drie bijeenkomsten gehouden, 72 deelnemers");
        org.assertj.core.api.Assertions.assertThat(result.budgetUsed()).isEqualByComparingTo("400.00");
        org.assertj.core.api.Assertions.assertThat(result.closedOn()).isEqualTo(LocalDate.now());
        org.assertj.core.api.Assertions.assertThat(results.closedIn(LocalDate.now().getYear() - 1))
                .extracting(AssignmentResult::assignmentId).doesNotContain(id);
        String csv = new String(results.csv(LocalDate.now().getYear(), TranslationProvider.DUTCH), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFWerkgroep;Thema (jaarplan);Doel;")
                .contains("Drie bijeenkomsten gehouden, 72 deelnemers;Op schema;");
        loginAs("voorzitter1", Role.WERKGROEP_CHAIR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.closedIn(LocalDate.now().getYear()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void rejectedByTheBoardRevisedWithItsRemarksAndApprovedKeepingEveryVersion() {
        ProcessInstance pi = draft();
        long id = idOf(pi);
        long firstDecision = (Long) runtimeService.getVariable(pi.getId(), WerkgroepAssignmentProcess.VAR_DECISION_ID);
        boardVotes(pi, VoteChoice.NO, 4);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TASK_REVISE)
                .hasPassed(WerkgroepAssignmentProcess.TASK_RECORD_REJECTION)
                .hasNotPassed(WerkgroepAssignmentProcess.TASK_ACTIVATE);
        assertThat(task(WerkgroepAssignmentProcess.TASK_REVISE, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(WerkgroepAssignmentProcess.FORM_REVISE);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(queries.get(id).getStatus()).isEqualTo(AssignmentStatus.REVISION);
        org.assertj.core.api.Assertions.assertThat(queries.currentVersion(id).getBoardRemarks())
                .contains("Reden van bestuur1", "Reden van bestuur4");

        AssignmentForm first = queries.currentVersion(id).toForm(queries.get(id).getWerkgroepId());
        AssignmentForm revised = new AssignmentForm(first.werkgroepId(), first.doel(),
                "Twee bijeenkomsten voor 40 zorgverleners", first.theme(), first.startDate(), first.endDate(),
                first.milestones(), new BigDecimal("1500.00"), first.composition());
        // A board member cannot revise; the coordinator can.
        loginAs("bestuur1");
        String reviseTask = task(WerkgroepAssignmentProcess.TASK_REVISE, pi).getId();
        assertThatThrownBy(() -> assignments.revise(reviseTask, revised)).isInstanceOf(AccessDeniedException.class);
        loginAs("coordinator1");
        assignments.revise(reviseTask, revised);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.CALL_ASSIGNMENT_DECISION);
        long secondDecision = (Long) runtimeService.getVariable(pi.getId(), WerkgroepAssignmentProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(secondDecision).isNotEqualTo(firstDecision);
        org.assertj.core.api.Assertions.assertThat(board.get(secondDecision).getProposal())
                .contains("versie 2", "Twee bijeenkomsten voor 40 zorgverleners");

        approve(pi);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(queries.versions(id))
                .extracting(AssignmentVersion::getNumber, AssignmentVersion::getGewenstResultaat, AssignmentVersion::getDecisionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Drie bijeenkomsten voor 60 zorgverleners", firstDecision),
                        org.assertj.core.groups.Tuple.tuple(2, "Twee bijeenkomsten voor 40 zorgverleners", secondDecision));
        org.assertj.core.api.Assertions.assertThat(queries.versions(id).get(1).getBoardRemarks()).isNull();
        assertThat(pi).variables().containsOnlyKeys("assignmentId", "decisionId", "approved")
                .containsEntry("approved", true);
    }

    @Test
    void aLateReportIsRemindedThenEscalatedToTheCoordinator() throws Exception {
        ProcessInstance pi = draft();
        approve(pi);
        reportFallsDue(pi, LocalDate.now().plusMonths(1));

        execute(job(WerkgroepAssignmentProcess.TIMER_REPORT_LATE, pi));
        assertThat(pi).hasPassed(WerkgroepAssignmentProcess.TASK_SEND_REMINDER)
                .isWaitingAt(WerkgroepAssignmentProcess.TASK_REPORT, WerkgroepAssignmentProcess.TASK_CHASE_UP);
        assertThat(task(WerkgroepAssignmentProcess.TASK_CHASE_UP, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(WerkgroepAssignmentProcess.FORM_CHASE_UP);
        // Only this werkgroep's reminder: other builds on the machine may send to the same test SMTP port.
        String name = queries.werkgroepNameOf(idOf(pi));
        List<MimeMessage> reminders = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).equals("Herinnering: voortgangsrapportage werkgroep " + name)).toList();
        // One mail to both; GreenMail keeps a copy per recipient.
        org.assertj.core.api.Assertions.assertThat(reminders).hasSize(2);
        MimeMessage reminder = reminders.get(0);
        org.assertj.core.api.Assertions.assertThat(reminder.getContent().toString()).contains(name, "Mijn taken");
        org.assertj.core.api.Assertions.assertThat(reminder.getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("voorzitter1@werkgroep.example", VICE + "@werkgroep.example");

        loginAs("coordinator1");
        String chaseTask = task(WerkgroepAssignmentProcess.TASK_CHASE_UP, pi).getId();
        assertThatThrownBy(() -> assignments.chaseUp(chaseTask, " "))
                .hasMessageContaining("werkgroep.chaseUp.noteRequired");
        assignments.chaseUp(chaseTask, "Gebeld met de voorzitter: rapportage volgt deze week");
        org.assertj.core.api.Assertions.assertThat(queries.get(idOf(pi)).getChaseUpNote()).contains("Gebeld");
        assertThat(pi).hasPassed(WerkgroepAssignmentProcess.END_CHASED_UP).isWaitingAt(WerkgroepAssignmentProcess.TASK_REPORT);

        report(pi, "voorzitter1", false);
        accept(pi);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TIMER_REPORT_DUE);
    }

    @Test
    void aQuestionOfTheCoordinatorIsAnsweredByTheChairInTheSameReport() {
        ProcessInstance pi = draft();
        long id = idOf(pi);
        approve(pi);
        reportFallsDue(pi, LocalDate.now().plusMonths(1));
        report(pi, "voorzitter1", false);

        loginAs("coordinator1");
        String review = task(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT, pi).getId();
        assertThatThrownBy(() -> assignments.reviewReport(review, false, ""))
                .hasMessageContaining("werkgroep.report.questionRequired");
        assignments.reviewReport(review, false, "Welke locaties zijn in beeld?");
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TASK_ANSWER_QUESTION);
        assertThat(task(WerkgroepAssignmentProcess.TASK_ANSWER_QUESTION, pi)).hasCandidateUser("voorzitter1")
                .hasCandidateUser(VICE).hasFormKey(WerkgroepAssignmentProcess.FORM_ANSWER);
        org.assertj.core.api.Assertions.assertThat(queries.latestReport(id).getState()).isEqualTo(ReportState.QUESTIONED);

        // The chair of another werkgroep cannot answer.
        loginAs("voorzitter2", Role.WERKGROEP_CHAIR);
        String answer = task(WerkgroepAssignmentProcess.TASK_ANSWER_QUESTION, pi).getId();
        assertThatThrownBy(() -> assignments.answerQuestion(answer, "Ik weet het niet"))
                .isInstanceOf(AccessDeniedException.class);

        loginAs("voorzitter1", Role.WERKGROEP_CHAIR);
        assignments.answerQuestion(answer, "Het Rozenhuis in Hengelo en MST in Enschede");
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TASK_REVIEW_REPORT);
        ProgressReport answered = queries.latestReport(id);
        org.assertj.core.api.Assertions.assertThat(answered.getQuestion()).isEqualTo("Welke locaties zijn in beeld?");
        org.assertj.core.api.Assertions.assertThat(answered.getAnswer()).contains("Rozenhuis");
        org.assertj.core.api.Assertions.assertThat(answered.getState()).isEqualTo(ReportState.SUBMITTED);

        accept(pi);
        assertThat(pi).isWaitingAt(WerkgroepAssignmentProcess.TIMER_REPORT_DUE);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(queries.reports(id)).hasSize(1)
                .extracting(ProgressReport::getState).containsExactly(ReportState.ACCEPTED);
    }
}
