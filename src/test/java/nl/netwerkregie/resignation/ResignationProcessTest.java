package nl.netwerkregie.resignation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.membership.StatusChange;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every path of ResignationProcess.bpmn and TerminationProcess.bpmn, with the real services (H2 and PostgreSQL). */
@Tag("persistence")
class ResignationProcessTest extends IntegrationTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ResignationService endings;
    @Autowired ResignationQueries queries;
    @Autowired OrganisationService organisations;
    @Autowired BoardDecisionService board;
    @Autowired BoardVoting voting;
    @Autowired nl.netwerkregie.board.BoardSeatService boardSeats;
    @Autowired nl.netwerkregie.membership.LifeStoryService lifeStories;
    @Autowired nl.netwerkregie.workinggroup.WerkgroepService werkgroepen;
    @Autowired nl.netwerkregie.membership.LifeStoryExport lifeStoryExport;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    /** A member organisation whose contact person is the demo user contact1. */
    private long member(String contactUser) {
        OrganisationDetails details = new OrganisationDetails("Zorg Wierden " + System.nanoTime(), OrganisationKind.VVT,
                "Wierden", new BigDecimal("50"), 80, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, contactUser)));
        return organisations.create(details, OrganisationStatus.MEMBER, "Test", "test");
    }

    private ProcessInstance instanceOf(String process, long endingId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(process)
                .processInstanceBusinessKey(String.valueOf(endingId)).singleResult();
    }

    private ProcessInstance resignAndConfirm(long organisationId) {
        loginAs("contact1");
        long endingId = endings.resign(organisationId, "Wij stoppen met palliatieve zorg.");
        ProcessInstance pi = instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId);
        assertThat(pi).isWaitingAt(EndingProcesses.TASK_CONFIRM_RECEIPT);
        loginAs("coordinator1");
        endings.confirmReceipt(task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId(), null, null);
        asyncJobs.runAll();
        return pi;
    }

    @Test
    void aResignationReachesItsEndDateAndTheOrganisationBecomesAFormerMember() {
        long organisationId = member("contact1");
        ProcessInstance pi = resignAndConfirm(organisationId);
        assertThat(pi).isWaitingAt("Gateway_UntilEndDate").hasPassed("Task_SendConfirmation");
        long endingId = Long.parseLong(pi.getBusinessKey());
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        org.assertj.core.api.Assertions.assertThat(job(EndingProcesses.TIMER_END_DATE, pi).getDuedate().toInstant())
                .as("the end date is the last day of membership")
                .isEqualTo(queries.get(endingId).getEndDate().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant());

        execute(job(EndingProcesses.TIMER_END_DATE, pi));
        assertThat(pi).isEnded().hasPassed("Task_EndMembership", "EndEvent_MembershipEnded");
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus())
                .isEqualTo(OrganisationStatus.FORMER_MEMBER);
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatusSince())
                .isEqualTo(queries.get(endingId).getEndDate().plusDays(1));
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isEqualTo(EndingStatus.ENDED);
        assertThat(pi).variables().containsOnlyKeys("resignationId");
    }

    @Test
    void aBoardMembersOrganisationGetsASuccessionTaskForTheBoardSeat() {
        long organisationId = member("bestuur6");
        String bestuurder = nl.netwerkregie.board.SeatFixtures.account(identityService, "Bea", "Bestuurder");
        loginAs("coordinator1");
        boardSeats.appoint(bestuurder, organisationId, LocalDate.now());
        long endingId = endings.resign(organisationId, "Fusie met een andere organisatie.");
        ProcessInstance pi = instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId);
        // Ends today, so the seat is off the board again for the other tests.
        endings.confirmReceipt(task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId(), LocalDate.now(), "Fusie per vandaag");
        asyncJobs.runAll();
        execute(job(EndingProcesses.TIMER_END_DATE, pi));
        assertThat(pi).isWaitingAt(EndingProcesses.TASK_ARRANGE_SUCCESSION);
        org.assertj.core.api.Assertions.assertThat(queries.seatsToSucceed(endingId))
                .containsExactly("Zetel in het Dagelijks bestuur (Bea Bestuurder)");
        assertThatThrownBy(() -> endings.arrangeSuccession(task(EndingProcesses.TASK_ARRANGE_SUCCESSION, pi).getId(), " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("resignation.successionNoteRequired");
        endings.arrangeSuccession(task(EndingProcesses.TASK_ARRANGE_SUCCESSION, pi).getId(), "Algemeen bestuur kiest opvolger op 12 januari.");
        assertThat(pi).isEnded();
    }

    @Test
    void whenAMemberWhosePersonChairsAWerkgroepLeavesTheSeatIsVacantAndTheCoordinatorArrangesASuccessor() {
        long organisationId = member("contact1");
        long otherMember = member("contact2");
        loginAs("coordinator1");
        String name = "Werkgroep Rouw " + System.nanoTime();
        long werkgroepId = werkgroepen.create(new nl.netwerkregie.workinggroup.WerkgroepForm(name, true, "Bewustwording", null, null));
        werkgroepen.addSeat(werkgroepId, werkgroepen.get(werkgroepId).getVersion(), new nl.netwerkregie.workinggroup.SeatForm("Carla Contact", organisationId,
                nl.netwerkregie.workinggroup.SeatRole.CHAIR, "voorzitter1", "carla@example.org", LocalDate.now().minusMonths(6)));
        werkgroepen.addSeat(werkgroepId, werkgroepen.get(werkgroepId).getVersion(), new nl.netwerkregie.workinggroup.SeatForm("Vera Vice", otherMember,
                nl.netwerkregie.workinggroup.SeatRole.VICE_CHAIR, null, null, LocalDate.now().minusMonths(6)));
        werkgroepen.requireChairs(werkgroepId);

        loginAs("contact1");
        long endingId = endings.resign(organisationId, "Wij houden op te bestaan.");
        ProcessInstance pi = instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId);
        loginAs("coordinator1");
        // The end date is today (corrected with a reason), so "the same day" is now.
        endings.confirmReceipt(task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId(), LocalDate.now(), "Fusie per vandaag");
        asyncJobs.runAll();
        execute(job(EndingProcesses.TIMER_END_DATE, pi));

        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.FORMER_MEMBER);
        assertThat(pi).isWaitingAt(EndingProcesses.TASK_ARRANGE_SUCCESSION);
        org.assertj.core.api.Assertions.assertThat(queries.seatsToSucceed(endingId))
                .containsExactly("Voorzitter van werkgroep " + name + " (was Carla Contact)");
        org.assertj.core.api.Assertions.assertThat(task(EndingProcesses.TASK_ARRANGE_SUCCESSION, pi)).isNotNull();
        assertThatThrownBy(() -> werkgroepen.requireChairs(werkgroepId))
                .isInstanceOf(DomainException.class).hasMessageContaining("werkgroep.chairRequired");
        org.assertj.core.api.Assertions.assertThat(werkgroepen.activeSeats(werkgroepId))
                .extracting(nl.netwerkregie.workinggroup.WerkgroepMember::getPersonName).containsExactly("Vera Vice");

        endings.arrangeSuccession(task(EndingProcesses.TASK_ARRANGE_SUCCESSION, pi).getId(), "Vera Vice wordt voorzitter.");
        assertThat(pi).isEnded();
        org.assertj.core.api.Assertions.assertThat(lifeStories.lifeStory(organisationId))
                .extracting(nl.netwerkregie.membership.LifeEvent::whatKey)
                .containsSubsequence("lifestory.seat.start.CHAIR", "lifestory.ending.RESIGNATION", "lifestory.seat.end.CHAIR");
    }

    @Test
    void aWithdrawalWhileTheConfirmationIsStillBeingSentIsRefusedClearlyAndWorksAfterwards() {
        long organisationId = member("contact1");
        loginAs("contact1");
        long endingId = endings.resign(organisationId, "Wij stoppen.");
        ProcessInstance pi = instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId);
        loginAs("coordinator1");
        endings.confirmReceipt(task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId(), null, null);
        // The confirmation (a mail) runs after the coordinator's commit; it has not run yet.
        loginAs("contact1");
        assertThatThrownBy(() -> endings.withdraw(endingId)).isInstanceOf(DomainException.class)
                .hasMessageContaining("case.stillProcessing");
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isNotEqualTo(EndingStatus.WITHDRAWN);

        asyncJobs.runAll();
        endings.withdraw(endingId);
        asyncJobs.runAll();
        assertThat(pi).isEnded().hasPassed("Event_ResignationWithdrawn", "EndEvent_Withdrawn");
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isEqualTo(EndingStatus.WITHDRAWN);
    }

    @Test
    void aResignationWithdrawnBeforeTheEndDateKeepsTheMembership() {
        long organisationId = member("contact1");
        ProcessInstance pi = resignAndConfirm(organisationId);
        long endingId = Long.parseLong(pi.getBusinessKey());
        loginAs("contact1");
        endings.withdraw(endingId);
        asyncJobs.runAll();
        assertThat(pi).isEnded().hasPassed("Event_ResignationWithdrawn", "EndEvent_Withdrawn").hasNotPassed("Task_EndMembership");
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isEqualTo(EndingStatus.WITHDRAWN);
        loginAs("coordinator1");
        org.assertj.core.api.Assertions.assertThat(organisations.history(organisationId)).extracting(StatusChange::getReason)
                .contains("Opzegging ingetrokken; blijft lid");
    }

    @Test
    void aResignationWithdrawnBeforeConfirmationEndsTheCase() {
        long organisationId = member("contact1");
        loginAs("contact1");
        long endingId = endings.resign(organisationId, "Toch maar niet.");
        endings.withdraw(endingId);
        org.assertj.core.api.Assertions.assertThat(instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId)).isNull();
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isEqualTo(EndingStatus.WITHDRAWN);
    }

    @Test
    void theCoordinatorCorrectsTheEndDateOnlyWithAReason() {
        long organisationId = member("contact1");
        loginAs("contact1");
        long endingId = endings.resign(organisationId, "Reorganisatie.");
        ProcessInstance pi = instanceOf(EndingProcesses.RESIGNATION_PROCESS, endingId);
        loginAs("coordinator1");
        String taskId = task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId();
        LocalDate later = queries.get(endingId).getEndDate().plusYears(1);
        assertThatThrownBy(() -> endings.confirmReceipt(taskId, later, " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("resignation.correctionReasonRequired");
        assertThat(pi).isWaitingAt(EndingProcesses.TASK_CONFIRM_RECEIPT);
        endings.confirmReceipt(taskId, later, "Brief pas na 30 september ontvangen");
        asyncJobs.runAll();
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getEndDate()).isEqualTo(later);
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getDateCorrectionReason()).isEqualTo("Brief pas na 30 september ontvangen");
    }

    @Test
    void aContactCannotResignForAnotherOrganisationNorTwice() {
        long mine = member("contact1");
        long other = member("contact2");
        loginAs("contact1");
        assertThatThrownBy(() -> endings.resign(other, "Niet van mij")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> endings.resign(mine, " ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("resignation.reasonsRequired");
        endings.resign(mine, "Stoppen");
        assertThatThrownBy(() -> endings.resign(mine, "Nogmaals")).isInstanceOf(DomainException.class)
                .hasMessageContaining("resignation.alreadyOpen");
    }

    private ProcessInstance proposeTermination(long organisationId) {
        loginAs("coordinator1");
        long endingId = endings.proposeTermination(organisationId, "Neemt niet deel aan een werkgroep; contributie 2025 onbetaald.",
                LocalDate.now().plusMonths(2));
        asyncJobs.runAll();
        ProcessInstance pi = instanceOf(EndingProcesses.TERMINATION_PROCESS, endingId);
        assertThat(pi).hasPassed("Task_NotifyProposal").isWaitingAt("Gateway_ResponsePeriod");
        return pi;
    }

    private void boardVotes(ProcessInstance pi, VoteChoice choice, int members) {
        voting.vote(pi, choice, members, member -> "Reden van " + member, this::loginAs);
    }

    @Test
    void aTerminationWithAResponseWithinThePeriodIsAdoptedAndTakesEffectOnTheEndDate() {
        long organisationId = member("contact2");
        ProcessInstance pi = proposeTermination(organisationId);
        long endingId = Long.parseLong(pi.getBusinessKey());
        endings.recordResponse(endingId, "Wij betalen de contributie volgende maand.");
        asyncJobs.runAll();
        assertThat(pi).hasPassed("Event_ResponseReceived", "Task_PrepareDecision").isWaitingAt(EndingProcesses.CALL_TERMINATION_DECISION);
        org.assertj.core.api.Assertions.assertThat(board.get(queries.get(endingId).getDecisionId()).getProposal())
                .contains("Wij betalen de contributie volgende maand.");
        boardVotes(pi, VoteChoice.YES, 5);
        assertThat(pi).hasPassed("Task_NotifyTerminated").isWaitingAt(EndingProcesses.TIMER_EFFECTIVE_DATE);
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        execute(job(EndingProcesses.TIMER_EFFECTIVE_DATE, pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_Terminated");
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.FORMER_MEMBER);
        assertThat(pi).variables().containsOnlyKeys("resignationId", "decisionId", "terminated");
    }

    @Test
    void theLifeStoryTellsEverythingInOrderAndExportsAsPdf() {
        long organisationId = member("contact2");
        ProcessInstance pi = proposeTermination(organisationId);
        endings.recordResponse(Long.parseLong(pi.getBusinessKey()), "Geen bezwaar.");
        asyncJobs.runAll();
        boardVotes(pi, VoteChoice.YES, 5);
        execute(job(EndingProcesses.TIMER_EFFECTIVE_DATE, pi));
        loginAs("secretaris");
        List<nl.netwerkregie.membership.LifeEvent> story = lifeStories.lifeStory(organisationId);
        org.assertj.core.api.Assertions.assertThat(story).extracting(nl.netwerkregie.membership.LifeEvent::whatKey)
                .containsSubsequence("lifestory.status.MEMBER", "lifestory.ending.TERMINATION", "lifestory.decision.ADOPTED")
                .contains("lifestory.status.FORMER_MEMBER", "lifestory.contribution");
        org.assertj.core.api.Assertions.assertThat(story).isSortedAccordingTo(
                java.util.Comparator.comparing(nl.netwerkregie.membership.LifeEvent::when));
        byte[] pdf = lifeStoryExport.pdf(organisationId, java.util.Locale.ENGLISH);
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // A member contact reads their own organisation's life story (Mijn organisatie), no other's.
        loginAs("contact2");
        org.assertj.core.api.Assertions.assertThat(lifeStories.lifeStory(organisationId)).isNotEmpty();
        loginAs("contact1");
        assertThatThrownBy(() -> lifeStories.lifeStory(organisationId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTerminationWithoutResponseIsRejectedByTheBoardAndTheMembershipStays() {
        long organisationId = member("contact2");
        ProcessInstance pi = proposeTermination(organisationId);
        execute(job(EndingProcesses.TIMER_RESPONSE_PERIOD_OVER, pi));
        asyncJobs.runAll();
        long endingId = Long.parseLong(pi.getBusinessKey());
        org.assertj.core.api.Assertions.assertThat(board.get(queries.get(endingId).getDecisionId()).getProposal())
                .contains("niet gereageerd");
        loginAs("coordinator1");
        assertThatThrownBy(() -> endings.recordResponse(endingId, "Te laat")).isInstanceOf(DomainException.class)
                .hasMessageContaining("resignation.responsePeriodOver");
        boardVotes(pi, VoteChoice.NO, 4);
        assertThat(pi).isEnded().hasPassed("Task_NotifyKept", "EndEvent_MembershipKept");
        org.assertj.core.api.Assertions.assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        org.assertj.core.api.Assertions.assertThat(queries.get(endingId).getStatus()).isEqualTo(EndingStatus.KEPT);
    }
}
