package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.security.AccountDeactivated;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.RoleSource;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.SeatRole;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board as data: seeding the initial board, roles from seats, a board seat in the succession when a
 * membership ends, and a person who leaves during an open vote (H2 and PostgreSQL).
 */
@Tag("persistence")
class BoardSeatsIT extends IntegrationTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired BoardSeatService seats;
    @Autowired BoardSeatQueries board;
    @Autowired BoardSeatRepository seatRepository;
    @Autowired InitialBoard initialBoard;
    @Autowired NetworkRules rules;
    @Autowired List<RoleSource> roleSources;
    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;
    @Autowired ResignationService endings;
    @Autowired ResignationQueries endingQueries;
    @Autowired BoardDecisionService decisions;
    @Autowired BoardDecisionNotes notes;
    @Autowired VotingService voting;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;

    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    private Set<Role> rolesFromSeats(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleSources.forEach(source -> roles.addAll(source.rolesOf(username)));
        return roles;
    }

    private BoardSeatQueries.SeatRow row(long seatId) {
        return board.seats().stream().filter(s -> s.id() == seatId).findFirst().orElseThrow();
    }

    @Test
    void theProfileSeedsTheBoardOnlyOnAnInstallationWithoutSeats() {
        long before = seatRepository.count();
        initialBoard.run(null);
        assertThat(seatRepository.count()).isEqualTo(before);

        // An empty installation, inside a transaction that is rolled back afterwards.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            seatRepository.deleteAll();
            initialBoard.run(null);
            List<BoardSeat> seeded = seatRepository.findAllByOrderByStartDateAscIdAsc();
            assertThat(seeded).extracting(BoardSeat::getUsername).containsExactlyElementsOf(rules.current().boardMembers());
            assertThat(seeded).allSatisfy(s -> {
                assertThat(s.getOrganisationId()).isNull();
                assertThat(s.getStartDate()).isEqualTo(today);
                assertThat(s.getEndDate()).isNull();
            });
            assertThat(seeded.get(0).getPersonName()).isEqualTo("Hendrik Kamphuis");
            initialBoard.run(null);
            assertThat(seatRepository.count()).isEqualTo(rules.current().boardMembers().size());
            status.setRollbackOnly();
        });
        assertThat(seatRepository.count()).isEqualTo(before);
    }

    @Test
    void aRunningBoardSeatMakesABoardMemberAndOnlyWhileItRuns() {
        String person = SeatFixtures.account(identityService, "Anna", "Zetel");
        String later = SeatFixtures.account(identityService, "Bram", "Later");
        assertThat(rolesFromSeats(person)).isEmpty();
        loginAs("coordinator1");
        long seat = seats.appoint(person, null, today);
        long future = seats.appoint(later, null, today.plusDays(1));
        try {
            assertThat(rolesFromSeats(person)).containsExactly(Role.BOARD_MEMBER);
            assertThat(rolesFromSeats(later)).isEmpty();
            assertThatThrownBy(() -> seats.appoint(person, null, today.plusMonths(1)))
                    .isInstanceOf(DomainException.class).hasMessageContaining("boardSeat.alreadySeated");
            assertThatThrownBy(() -> seats.end(seat, today.minusDays(1), SeatEndReason.STEPPED_DOWN))
                    .isInstanceOf(DomainException.class).hasMessageContaining("boardSeat.endBeforeStart");
        } finally {
            seats.end(seat, today, SeatEndReason.STEPPED_DOWN);
            seats.end(future, today.plusDays(1), SeatEndReason.STEPPED_DOWN);
        }
        assertThat(rolesFromSeats(person)).isEmpty();
        assertThat(row(seat).endReason()).isEqualTo(SeatEndReason.STEPPED_DOWN);
        assertThat(board.boardOn(today)).doesNotContain(person, later);

        loginAs("secretaris");
        assertThatThrownBy(() -> seats.appoint(person, null, today)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRunningChairSeatMakesAWerkgroepChairAMemberSeatDoesNot() {
        String chair = SeatFixtures.account(identityService, "Carla", "Voorzitter");
        String member = SeatFixtures.account(identityService, "Dirk", "Lid");
        loginAs("coordinator1");
        long organisation = organisations.members().get(0).getId();
        long werkgroep = werkgroepen.create(new WerkgroepForm("Werkgroep Rollen " + System.nanoTime(), true,
                "Bewustwording", null, null));
        long chairSeat = werkgroepen.addSeat(werkgroep, werkgroepen.get(werkgroep).getVersion(), new SeatForm("Carla Voorzitter", organisation, SeatRole.CHAIR,
                chair, null, today.minusMonths(1)));
        werkgroepen.addSeat(werkgroep, werkgroepen.get(werkgroep).getVersion(), new SeatForm("Dirk Lid", organisation, SeatRole.MEMBER, member, null,
                today.minusMonths(1)));

        assertThat(rolesFromSeats(chair)).containsExactly(Role.WERKGROEP_CHAIR);
        assertThat(rolesFromSeats(member)).isEmpty();
        werkgroepen.endSeat(chairSeat, werkgroepen.get(werkgroep).getVersion(), today);
        assertThat(rolesFromSeats(chair)).isEmpty();
    }

    @Test
    void whenThuiszorgDinkellandsMembershipEndsItsBoardSeatEndsAndNeedsASuccessor() {
        String yvonne = SeatFixtures.account(identityService, "Yvonne", "Scholten");
        long dinkelland = organisations.create(new OrganisationDetails("Thuiszorg Dinkelland " + System.nanoTime(),
                OrganisationKind.VVT, "Dinkelland", new BigDecimal("95"), 120, false, "Yvonne Scholten",
                "yvonne@example.org", List.of(new OrganisationDetails.Contact("Lotte Brink", "lotte@example.org",
                        null, null))), OrganisationStatus.MEMBER, "Test", "test");
        loginAs("coordinator1");
        long seat = seats.appoint(yvonne, dinkelland, today);
        assertThat(board.boardOn(today)).contains(yvonne);
        assertThat(row(seat).organisation()).startsWith("Thuiszorg Dinkelland");

        long endingId = endings.resign(dinkelland, "Fusie met een andere thuiszorgorganisatie.");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(EndingProcesses.RESIGNATION_PROCESS)
                .processInstanceBusinessKey(String.valueOf(endingId)).singleResult();
        endings.confirmReceipt(task(EndingProcesses.TASK_CONFIRM_RECEIPT, pi).getId(), today, "Fusie per vandaag");
        asyncJobs.runAll();
        execute(job(EndingProcesses.TIMER_END_DATE, pi));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi)
                .isWaitingAt(EndingProcesses.TASK_ARRANGE_SUCCESSION);
        assertThat(endingQueries.seatsToSucceed(endingId))
                .containsExactly("Zetel in het Dagelijks bestuur (Yvonne Scholten)");
        assertThat(board.boardOn(today)).doesNotContain(yvonne);
        assertThat(row(seat).endDate()).isEqualTo(today);
        assertThat(row(seat).endReason()).isEqualTo(SeatEndReason.MEMBERSHIP_ENDED);
        endings.arrangeSuccession(task(EndingProcesses.TASK_ARRANGE_SUCCESSION, pi).getId(),
                "Het algemeen bestuur draagt een opvolger voor.");
    }

    @Test
    void aPersonWhoLeavesDuringAnOpenVoteIsTakenOutAndTheVoteClosesOnTheOthersVotes() {
        String leaver = SeatFixtures.account(identityService, "Peter", "Vertrek");
        loginAs("coordinator1");
        long seat = seats.appoint(leaver, null, today);
        long id = decisions.putToBoard("Vertrek " + System.nanoTime(), "Stemt u in?", "Voorstel", DecisionMode.ONLINE,
                null);
        assertThat(decisions.get(id).getVotingMembers()).hasSize(9).contains(leaver);
        for (int m = 1; m <= 7; m++) {
            vote(id, "bestuur" + m, m <= 4 ? VoteChoice.YES : VoteChoice.NO);
        }

        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                events.publishEvent(new AccountDeactivated(leaver, "Peter Vertrek", "coordinator1")));
        asyncJobs.runAll();

        assertThat(decisions.get(id).getVotingMembers()).hasSize(8).doesNotContain(leaver);
        assertThat(voteTasks(id, leaver)).isZero();
        assertThat(voteTasks(id, "bestuur8")).isEqualTo(1);
        assertThat(decisions.get(id).isClosed()).isFalse();
        loginAs("coordinator1");
        assertThat(notes.of(id)).extracting(BoardDecisionNote::getText).containsExactly(
                "Peter Vertrek is uit de stemming genomen: account gedeactiveerd op "
                        + today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))));
        assertThat(row(seat).endDate()).isEqualTo(today);
        assertThat(row(seat).endReason()).isEqualTo(SeatEndReason.LEFT);
        assertThat(board.boardOn(today)).doesNotContain(leaver);

        // 4 for, 4 against and nobody left to vote: settled among the eight (a tie is not adopted).
        vote(id, "bestuur8", VoteChoice.NO);
        asyncJobs.runAll();
        BoardDecision closed = decisions.get(id);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(closed.getYesCount()).isEqualTo(4);
        assertThat(closed.getNoCount()).isEqualTo(4);
    }

    private void vote(long decisionId, String member, VoteChoice choice) {
        loginAs(member);
        String taskId = taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(decisionId))
                .taskAssignee(member).singleResult().getId();
        voting.castVote(decisionId, taskId, choice, null);
    }

    private long voteTasks(long decisionId, String member) {
        return taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(decisionId))
                .taskAssignee(member).count();
    }
}
