package nl.netwerkregie.admission;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.DecisionOutcome;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every path of AdmissionProcess.bpmn with the real services, tables and the called board-decision process,
 * and the mails the applicant gets (GreenMail on the test profile's SMTP port).
 */
@Tag("persistence")
class AdmissionProcessTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AdmissionService admissions;
    @Autowired
    AdmissionQueries queries;
    @Autowired
    BoardDecisionService board;
    @Autowired
    BoardVoting voting;
    @Autowired
    OrganisationService organisations;
    @Autowired
    NetworkRules rules;
    @Autowired
    WerkgroepService werkgroepen;
    @Autowired
    ContributionService contributions;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    static ApplicationForm form(String name) {
        return new ApplicationForm(new OrganisationDetails(name, OrganisationKind.HOSPICE, "Enschede",
                new BigDecimal("12.5"), 30, false, "Bert Bestuurder", "bestuurder@hospice.example",
                List.of(new OrganisationDetails.Contact("Cora Contact", "contact@hospice.example", null, null))),
                false, false, List.of("Deskundigheidsbevordering"), null, true);
    }

    private ProcessInstance apply() {
        SecurityContextHolder.clearContext();
        long id = admissions.apply(form("Hospice De Test " + System.nanoTime()));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(AdmissionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(pi).isStarted().isWaitingAt(AdmissionProcess.TASK_INTAKE);
        assertThat(task(AdmissionProcess.TASK_INTAKE, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(AdmissionProcess.FORM_INTAKE);
        return pi;
    }

    private long admissionOf(ProcessInstance pi) {
        return Long.parseLong(pi.getBusinessKey());
    }

    private List<CriterionJudgement> allMet() {
        return rules.current().admissionCriteria().stream()
                .map(c -> new CriterionJudgement(c.code(), Judgement.MET, null)).toList();
    }

    private void intakeToBoard(ProcessInstance pi, boolean proposeAdmit) {
        loginAs("coordinator1");
        // Due at the end of the day the network's intake target (14 days in Twente's profile) runs out.
        java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        org.assertj.core.api.Assertions.assertThat(task(AdmissionProcess.TASK_INTAKE, pi).getDueDate()).isEqualTo(
                java.util.Date.from(LocalDate.now(amsterdam).plusDays(14).atTime(23, 59).atZone(amsterdam).toInstant()));
        admissions.intake(task(AdmissionProcess.TASK_INTAKE, pi).getId(), allMet(), false, null, proposeAdmit,
                "Voldoet aan alle criteria");
    }

    private void askForInformation(ProcessInstance pi) {
        loginAs("coordinator1");
        admissions.intake(task(AdmissionProcess.TASK_INTAKE, pi).getId(), List.of(
                new CriterionJudgement("T05", Judgement.NOT_YET, "Visie ontbreekt")), true,
                "Stuur uw visie op palliatieve zorg mee.", null, null);
        asyncJobs.runAll();
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_AWAIT_INFORMATION).hasPassed(AdmissionProcess.TASK_REQUEST_INFORMATION);
    }

    /** The board members vote in the board-decision process that the admission process called. */
    private void boardVotes(ProcessInstance pi, VoteChoice choice, int members) {
        long decisionId = (Long) runtimeService.getVariable(pi.getId(), AdmissionProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(voting.calledDecisionId(pi)).isEqualTo(decisionId);
        voting.vote(pi, choice, members, member -> "Reden van " + member, this::loginAs);
    }

    private void admit(ProcessInstance pi) {
        intakeToBoard(pi, true);
        assertThat(pi).isWaitingAt(AdmissionProcess.CALL_ADMISSION_DECISION);
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(task(AdmissionProcess.TASK_CONFIRM_AGREEMENT, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(AdmissionProcess.FORM_AGREEMENT);
        loginAs("coordinator1");
        admissions.confirmAgreement(task(AdmissionProcess.TASK_CONFIRM_AGREEMENT, pi).getId(), LocalDate.now());
        asyncJobs.runAll();
        assertThat(pi).isWaitingAt(AdmissionProcess.TIMER_REVIEW_DUE).hasPassed(AdmissionProcess.TASK_START_TRIAL);
    }

    private void reviewToBoard(ProcessInstance pi, boolean proposePermanent) {
        execute(job(AdmissionProcess.TIMER_REVIEW_DUE, pi));
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_PREPARE_REVIEW);
        assertThat(task(AdmissionProcess.TASK_PREPARE_REVIEW, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(AdmissionProcess.FORM_REVIEW);
        loginAs("coordinator2");
        admissions.prepareReview(task(AdmissionProcess.TASK_PREPARE_REVIEW, pi).getId(), "Actief in de werkgroep",
                proposePermanent, "Het proefjaar is beoordeeld");
        assertThat(pi).isWaitingAt(AdmissionProcess.CALL_REVIEW_DECISION);
    }

    private List<String> mailSubjects() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(AdmissionProcessTest::subject).distinct().toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage lastMail() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        org.assertj.core.api.Assertions.assertThat(received).isNotEmpty();
        return received[received.length - 1];
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    @Test
    void admittedAfterATrialYearBecomesAPermanentMember() throws Exception {
        ProcessInstance pi = apply();
        long id = admissionOf(pi);
        admit(pi);

        Admission admission = queries.get(id);
        org.assertj.core.api.Assertions.assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.TRIAL);
        org.assertj.core.api.Assertions.assertThat(admission.getTrialStart()).isEqualTo(LocalDate.now());
        org.assertj.core.api.Assertions.assertThat(admission.getTrialEnd()).isEqualTo(LocalDate.now().plus(rules.current().trialDuration()));
        org.assertj.core.api.Assertions.assertThat(organisations.get(admission.getOrganisationId()).getStatus())
                .isEqualTo(OrganisationStatus.TRIAL_MEMBER);
        org.assertj.core.api.Assertions.assertThat(job(AdmissionProcess.TIMER_REVIEW_DUE, pi).getDuedate().toInstant())
                .isEqualTo(admission.getTrialEnd().minusMonths(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        MimeMessage welcome = lastMail();
        org.assertj.core.api.Assertions.assertThat(welcome.getSubject()).startsWith("Welkom");
        org.assertj.core.api.Assertions.assertThat(welcome.getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("bestuurder@hospice.example", "contact@hospice.example");

        ReviewEvidence evidence = queries.reviewEvidence(id);
        org.assertj.core.api.Assertions.assertThat(evidence.werkgroepen()).containsExactly("Deskundigheidsbevordering");
        org.assertj.core.api.Assertions.assertThat(evidence.werkgroepSeats()).as("no seat yet").isEmpty();
        // During the trial year the coordinator gives one of its people a seat: the review sees the registry.
        loginAs("coordinator1");
        long werkgroep = werkgroepen.findByName("Deskundigheidsbevordering").orElseThrow().getId();
        werkgroepen.addSeat(werkgroep, werkgroepen.get(werkgroep).getVersion(), new SeatForm("Petra Proeflid", admission.getOrganisationId(), SeatRole.MEMBER,
                null, null, LocalDate.now()));
        evidence = queries.reviewEvidence(id);
        org.assertj.core.api.Assertions.assertThat(evidence.werkgroepSeats()).containsExactly("Deskundigheidsbevordering");
        org.assertj.core.api.Assertions.assertThat(evidence.contributionPaidOn()).as("not paid yet").isNull();
        contributions.recordPayment(admission.getOrganisationId(), LocalDate.now().getYear(), evidence.contribution(),
                LocalDate.now());
        org.assertj.core.api.Assertions.assertThat(queries.reviewEvidence(id).contributionPaidOn()).isEqualTo(LocalDate.now());
        org.assertj.core.api.Assertions.assertThat(evidence.visionDocumentReceived()).isFalse();
        org.assertj.core.api.Assertions.assertThat(evidence.contribution()).isEqualByComparingTo(
                organisations.contributionFor(admission.getOrganisationId(), LocalDate.now().getYear()));

        reviewToBoard(pi, true);
        long reviewDecision = (Long) runtimeService.getVariable(pi.getId(), AdmissionProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(board.get(reviewDecision).getProposal())
                .contains("Zitting in werkgroepen nu: Deskundigheidsbevordering")
                .contains("betaald op " + nl.netwerkregie.shared.format.Formats.dutchDate(LocalDate.now()));
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).isEnded().hasPassed(AdmissionProcess.TASK_MAKE_MEMBER, AdmissionProcess.END_MEMBER);
        org.assertj.core.api.Assertions.assertThat(queries.get(id).getStatus()).isEqualTo(AdmissionStatus.MEMBER);
        org.assertj.core.api.Assertions.assertThat(organisations.get(admission.getOrganisationId()).getStatus())
                .isEqualTo(OrganisationStatus.MEMBER);
        org.assertj.core.api.Assertions.assertThat(board.ofCase(AdmissionService.CASE_TYPE, String.valueOf(id)))
                .extracting(d -> d.getOutcome()).containsExactly(DecisionOutcome.ADOPTED, DecisionOutcome.ADOPTED);

        // The figures of one whole admission (issue 14): each board member hears of each of the two votes once,
        // at once; the coordinators' group tasks wait for their daily digest (the default).
        var tally = nl.netwerkregie.Mails.tally(greenMail);
        System.out.println(nl.netwerkregie.Mails.print("one admission, application to membership", tally));
        org.assertj.core.api.Assertions.assertThat(tally.get("Nieuwe taak")).allSatisfy((to, n) ->
                org.assertj.core.api.Assertions.assertThat(n).as(to).isEqualTo(2));
        org.assertj.core.api.Assertions.assertThat(tally.get("Nieuwe taak").keySet())
                .allMatch(to -> to.startsWith("bestuur")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theProcessHoldsOnlyTheIdsAndTheFlags() {
        ProcessInstance pi = apply();
        assertThat(pi).variables().containsOnlyKeys("admissionId").containsEntry("admissionId", admissionOf(pi));
        askForInformation(pi);
        SecurityContextHolder.clearContext();
        admissions.provideInformation(queries.get(admissionOf(pi)).getInformationToken(), "Visie volgt als bijlage.");
        admit(pi);
        assertThat(pi).variables().containsOnlyKeys("admissionId", "decisionId", "moreInfoNeeded", "admitted");
        reviewToBoard(pi, true);
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).isEnded();
        assertThat(pi).variables().hasSize(5)
                .containsOnlyKeys("admissionId", "decisionId", "moreInfoNeeded", "admitted", "permanent")
                .containsEntry("admitted", true).containsEntry("permanent", true).containsEntry("moreInfoNeeded", false);
    }

    @Test
    void rejectedByTheBoardTheApplicantIsToldWhy() throws Exception {
        ProcessInstance pi = apply();
        intakeToBoard(pi, true);
        boardVotes(pi, VoteChoice.NO, 4);
        assertThat(pi).isEnded().hasPassed(AdmissionProcess.TASK_NOTIFY_REJECTION, AdmissionProcess.END_REJECTED)
                .hasNotPassed(AdmissionProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(pi).variables().containsEntry("admitted", false);
        Admission admission = queries.get(admissionOf(pi));
        org.assertj.core.api.Assertions.assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.REJECTED);
        org.assertj.core.api.Assertions.assertThat(organisations.get(admission.getOrganisationId()).getStatus())
                .isEqualTo(OrganisationStatus.REJECTED);
        MimeMessage rejection = lastMail();
        org.assertj.core.api.Assertions.assertThat(rejection.getSubject()).startsWith("Besluit over de aanvraag");
        org.assertj.core.api.Assertions.assertThat(body(rejection)).contains("Reden van bestuur1", "Reden van bestuur4");
    }

    @Test
    void theBoardAlwaysVotesOnAdmittingAndTheCoordinatorsAdviceIsPartOfTheProposal() {
        ProcessInstance pi = apply();
        intakeToBoard(pi, false);
        long decisionId = (Long) runtimeService.getVariable(pi.getId(), AdmissionProcess.VAR_DECISION_ID);
        org.assertj.core.api.Assertions.assertThat(board.get(decisionId).getQuestion()).contains("toegelaten als proeflid");
        org.assertj.core.api.Assertions.assertThat(board.get(decisionId).getProposal())
                .startsWith("Voorstel: toelaten als proeflid.")
                .contains("Advies van de netwerkco\u00f6rdinator: niet toelaten.");
        // The board does not follow the advice: a majority for admitting admits.
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_CONFIRM_AGREEMENT);
        assertThat(pi).variables().containsEntry("admitted", true);
    }

    @Test
    void moreInformationAskedAndGivenReturnsToTheIntake() throws Exception {
        ProcessInstance pi = apply();
        askForInformation(pi);
        Admission asked = queries.get(admissionOf(pi));
        org.assertj.core.api.Assertions.assertThat(asked.getStatus()).isEqualTo(AdmissionStatus.AWAITING_INFORMATION);
        String token = asked.getInformationToken();
        org.assertj.core.api.Assertions.assertThat(token).hasSizeGreaterThanOrEqualTo(32);
        MimeMessage request = lastMail();
        org.assertj.core.api.Assertions.assertThat(request.getRecipients(Message.RecipientType.TO)).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(body(request))
                .contains("Stuur uw visie op palliatieve zorg mee.", "/aanvraag/informatie/" + token);

        SecurityContextHolder.clearContext();
        admissions.provideInformation(token, "Onze visie: zie bijlage.");
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_INTAKE).hasPassed(AdmissionProcess.TASK_AWAIT_INFORMATION);
        Admission answered = queries.get(admissionOf(pi));
        org.assertj.core.api.Assertions.assertThat(answered.getInformationResponse()).isEqualTo("Onze visie: zie bijlage.");
        org.assertj.core.api.Assertions.assertThat(answered.getStatus()).isEqualTo(AdmissionStatus.INTAKE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admissions.provideInformation(token, "Nog een keer"))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.linkInvalid");
        org.assertj.core.api.Assertions.assertThat(processEngine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void moreInformationAskedAndNotGivenRemindsAfter14DaysAndClosesAfter30() throws Exception {
        ProcessInstance pi = apply();
        askForInformation(pi);
        String token = queries.get(admissionOf(pi)).getInformationToken();

        execute(job(AdmissionProcess.TIMER_INFORMATION_REMINDER, pi));
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_AWAIT_INFORMATION).hasPassed(AdmissionProcess.TASK_SEND_REMINDER);
        MimeMessage reminder = lastMail();
        org.assertj.core.api.Assertions.assertThat(reminder.getSubject()).startsWith("Herinnering");
        org.assertj.core.api.Assertions.assertThat(body(reminder)).contains("/aanvraag/informatie/" + token);

        execute(job(AdmissionProcess.TIMER_INFORMATION_OVERDUE, pi));
        assertThat(pi).isEnded().hasPassed(AdmissionProcess.TASK_CLOSE_APPLICATION, AdmissionProcess.END_APPLICATION_CLOSED)
                .hasNotPassed(AdmissionProcess.CALL_ADMISSION_DECISION);
        Admission closed = queries.get(admissionOf(pi));
        org.assertj.core.api.Assertions.assertThat(closed.getStatus()).isEqualTo(AdmissionStatus.CLOSED);
        org.assertj.core.api.Assertions.assertThat(closed.getInformationToken()).isNull();
        org.assertj.core.api.Assertions.assertThat(organisations.get(closed.getOrganisationId()).getStatus())
                .isEqualTo(OrganisationStatus.REJECTED);
        org.assertj.core.api.Assertions.assertThat(lastMail().getSubject()).contains("gesloten");
        SecurityContextHolder.clearContext();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admissions.provideInformation(token, "Te laat"))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.linkInvalid");
        org.assertj.core.api.Assertions.assertThat(mailSubjects()).hasSize(3);
    }

    @Test
    void theTrialReviewCanEndTheMembership() throws Exception {
        ProcessInstance pi = apply();
        admit(pi);
        reviewToBoard(pi, false);
        boardVotes(pi, VoteChoice.NO, 4);
        assertThat(pi).isEnded().hasPassed(AdmissionProcess.TASK_END_MEMBERSHIP, AdmissionProcess.END_MEMBERSHIP_ENDED)
                .hasNotPassed(AdmissionProcess.TASK_MAKE_MEMBER);
        assertThat(pi).variables().containsEntry("permanent", false);
        Admission ended = queries.get(admissionOf(pi));
        org.assertj.core.api.Assertions.assertThat(ended.getStatus()).isEqualTo(AdmissionStatus.ENDED);
        org.assertj.core.api.Assertions.assertThat(organisations.get(ended.getOrganisationId()).getStatus())
                .isEqualTo(OrganisationStatus.FORMER_MEMBER);
        MimeMessage mail = lastMail();
        org.assertj.core.api.Assertions.assertThat(mail.getSubject()).startsWith("Einde van het lidmaatschap");
        org.assertj.core.api.Assertions.assertThat(body(mail)).contains("Reden van bestuur2");
    }

    @Test
    void theIntakeGoesToTheBoardOnlyWithEveryCriterionJudged() {
        ProcessInstance pi = apply();
        loginAs("coordinator1");
        String taskId = task(AdmissionProcess.TASK_INTAKE, pi).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admissions.intake(taskId,
                List.of(new CriterionJudgement("T01", Judgement.MET, null)), false, null, true, "Prima"))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.criteriaNotAllJudged");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admissions.intake(taskId, allMet(), true, " ", null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.informationRequestRequired");
        loginAs("bestuur1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admissions.intake(taskId, allMet(), false, null, true, "Prima"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(pi).isWaitingAt(AdmissionProcess.TASK_INTAKE);
    }
}
