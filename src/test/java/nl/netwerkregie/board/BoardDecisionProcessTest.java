package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every path of BoardDecisionProcess.bpmn, with the real services and tables (H2 and PostgreSQL). */
@Tag("persistence")
class BoardDecisionProcessTest extends IntegrationTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    BoardDecisionService decisions;
    @Autowired
    VotingService voting;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    private long prepare(DecisionMode mode) {
        return decisions.prepare(new DecisionRequest("AD_HOC", "-", "Testonderwerp", "Stemt u in?",
                "Voorstel voor de test", mode, null), "coordinator1");
    }

    private ProcessInstance start(long decisionId) {
        return runtimeService.startProcessInstanceByKey(BoardDecisionProcess.PROCESS_ID, String.valueOf(decisionId),
                Map.of(BoardDecisionProcess.VAR_DECISION_ID, decisionId));
    }

    private ProcessInstance startOnline() {
        return start(prepare(DecisionMode.ONLINE));
    }

    private long decisionOf(ProcessInstance pi) {
        return Long.parseLong(pi.getBusinessKey());
    }

    private Task voteTaskOf(ProcessInstance pi, String member) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee(member).singleResult();
    }

    private void vote(ProcessInstance pi, String member, VoteChoice choice) {
        loginAs(member);
        voting.castVote(decisionOf(pi), voteTaskOf(pi, member).getId(), choice, "Reden van " + member);
        asyncJobs.runAll();
    }

    private void votes(ProcessInstance pi, VoteChoice choice, int... members) {
        for (int m : members) {
            vote(pi, "bestuur" + m, choice);
        }
    }

    @Test
    void eachVotingMemberGetsTheirOwnVoteTask() {
        ProcessInstance pi = startOnline();
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        java.util.Date deadline = java.util.Date.from(decisions.get(decisionOf(pi)).getDeadline());
        for (int m = 1; m <= 8; m++) {
            assertThat(voteTaskOf(pi, "bestuur" + m)).isNotNull();
            // "Uiterlijk" in the board member's list: the vote's deadline.
            org.assertj.core.api.Assertions.assertThat(voteTaskOf(pi, "bestuur" + m).getDueDate()).isEqualTo(deadline);
        }
        assertThat(pi).variables().containsOnlyKeys("decisionId", "meetingMode", "settled");
    }

    @Test
    void fiveOfEightYesClosesEarlyAsAdopted() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.YES, 1, 2, 3, 4);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        vote(pi, "bestuur5", VoteChoice.YES);
        assertThat(pi).isEnded().hasPassed("Task_CloseDecision", "EndEvent_Decided");
        assertThat(pi).variables().containsEntry("adopted", true);
        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        BoardDecision decision = decisions.get(decisionOf(pi));
        org.assertj.core.api.Assertions.assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.ADOPTED);
        org.assertj.core.api.Assertions.assertThat(decision.getYesCount()).isEqualTo(5);
    }

    @Test
    void fourNoOfEightClosesEarlyAsRejected() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.NO, 1, 2, 3);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        vote(pi, "bestuur4", VoteChoice.NO);
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", false);
        org.assertj.core.api.Assertions.assertThat(decisions.get(decisionOf(pi)).getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
    }

    @Test
    void aTieOfFourAgainstFourIsRejected() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.YES, 1, 2, 3);
        votes(pi, VoteChoice.NO, 4, 5, 6);
        vote(pi, "bestuur7", VoteChoice.YES);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        vote(pi, "bestuur8", VoteChoice.NO);
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", false);
    }

    @Test
    void threeYesTwoNoThreeAbstainIsAdopted() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.YES, 1, 2, 3);
        votes(pi, VoteChoice.NO, 4, 5);
        votes(pi, VoteChoice.ABSTAIN, 6, 7);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        vote(pi, "bestuur8", VoteChoice.ABSTAIN);
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", true);
        BoardDecision decision = decisions.get(decisionOf(pi));
        org.assertj.core.api.Assertions.assertThat(decision.getAbstainCount()).isEqualTo(3);
    }

    @Test
    void aRecusedMemberIsRecordedButNotCounted() {
        ProcessInstance pi = startOnline();
        vote(pi, "bestuur1", VoteChoice.RECUSED);
        votes(pi, VoteChoice.YES, 2, 3, 4);
        votes(pi, VoteChoice.NO, 5, 6, 7);
        vote(pi, "bestuur8", VoteChoice.YES);
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", true);
        org.assertj.core.api.Assertions.assertThat(decisions.get(decisionOf(pi)).getRecusedCount()).isEqualTo(1);
    }

    @Test
    void atTheDeadlineTheVotesCastDecide() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.YES, 1);
        votes(pi, VoteChoice.NO, 2);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        org.assertj.core.api.Assertions.assertThat(job(BoardDecisionProcess.TIMER_DEADLINE, pi).getDuedate().toInstant())
                .isEqualTo(decisions.get(decisionOf(pi)).getDeadline());
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, pi));
        asyncJobs.runAll();
        assertThat(pi).isEnded().hasPassed(BoardDecisionProcess.TIMER_DEADLINE, "Task_CloseDecision");
        assertThat(pi).variables().containsEntry("adopted", false);
        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void atTheDeadlineTwoYesVotesAdopt() {
        ProcessInstance pi = startOnline();
        votes(pi, VoteChoice.YES, 1, 2);
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, pi));
        asyncJobs.runAll();
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", true);
    }

    @Test
    void withoutAnyVoteAtTheDeadlineTheCoordinatorExtendsIt() {
        ProcessInstance pi = startOnline();
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, pi));
        asyncJobs.runAll();
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_HANDLE_NO_VOTES);
        assertThat(task(BoardDecisionProcess.TASK_HANDLE_NO_VOTES, pi)).hasCandidateGroup("coordinator");
        org.assertj.core.api.Assertions.assertThat(decisions.get(decisionOf(pi)).getStatus()).isEqualTo(DecisionStatus.OPEN);

        loginAs("coordinator1");
        Instant newDeadline = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        voting.handleNoVotes(decisionOf(pi), task(BoardDecisionProcess.TASK_HANDLE_NO_VOTES, pi).getId(), false, newDeadline);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_VOTE);
        org.assertj.core.api.Assertions.assertThat(job(BoardDecisionProcess.TIMER_DEADLINE, pi).getDuedate().toInstant())
                .isEqualTo(newDeadline);
        votes(pi, VoteChoice.YES, 1, 2, 3, 4, 5);
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", true);
    }

    @Test
    void withoutAnyVoteAtTheDeadlineTheCoordinatorPutsItOnTheAgenda() {
        ProcessInstance pi = startOnline();
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, pi));
        asyncJobs.runAll();
        loginAs("coordinator2");
        voting.handleNoVotes(decisionOf(pi), task(BoardDecisionProcess.TASK_HANDLE_NO_VOTES, pi).getId(), true, null);
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_RECORD_MEETING);
        recordMeeting(pi, Map.of("bestuur1", VoteChoice.NO, "bestuur2", VoteChoice.NO, "bestuur3", VoteChoice.YES));
        assertThat(pi).isEnded();
        assertThat(pi).variables().containsEntry("adopted", false);
    }

    @Test
    void extendingToADateInThePastIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = startOnline();
        execute(job(BoardDecisionProcess.TIMER_DEADLINE, pi));
        asyncJobs.runAll();
        loginAs("coordinator1");
        String taskId = task(BoardDecisionProcess.TASK_HANDLE_NO_VOTES, pi).getId();
        assertThatThrownBy(() -> voting.handleNoVotes(decisionOf(pi), taskId, false, Instant.now().minusSeconds(60)))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.deadlineInPast");
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_HANDLE_NO_VOTES);
    }

    private void recordMeeting(ProcessInstance pi, Map<String, VoteChoice> votesOfPresent) {
        loginAs("secretaris");
        voting.recordMeeting(decisionOf(pi), task(BoardDecisionProcess.TASK_RECORD_MEETING, pi).getId(),
                LocalDate.now().minusDays(1), votesOfPresent, Map.of("bestuur1", "Niet voldoende onderbouwd"));
        asyncJobs.runAll();
    }

    @Test
    void meetingModeRecordsTheVotesOfThePresentAndComputesTheOutcome() {
        ProcessInstance pi = start(prepare(DecisionMode.MEETING));
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_RECORD_MEETING);
        assertThat(task(BoardDecisionProcess.TASK_RECORD_MEETING, pi)).hasCandidateGroup("secretary");
        Map<String, VoteChoice> present = new LinkedHashMap<>();
        present.put("bestuur1", VoteChoice.YES);
        present.put("bestuur2", VoteChoice.YES);
        present.put("bestuur3", VoteChoice.NO);
        present.put("bestuur4", VoteChoice.ABSTAIN);
        present.put("bestuur5", VoteChoice.YES);
        recordMeeting(pi, present);
        assertThat(pi).isEnded().hasPassed(BoardDecisionProcess.TASK_RECORD_MEETING, "Task_CloseDecision");
        assertThat(pi).variables().containsEntry("adopted", true);
        BoardDecision decision = decisions.get(decisionOf(pi));
        org.assertj.core.api.Assertions.assertThat(decision.getMeetingDate()).isEqualTo(LocalDate.now().minusDays(1));
        org.assertj.core.api.Assertions.assertThat(decision.getRecordedBy()).isEqualTo("secretaris");
        org.assertj.core.api.Assertions.assertThat(decision.getYesCount()).isEqualTo(3);
    }

    @Test
    void aMeetingRecordWithAStrangerOrAFutureDateIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start(prepare(DecisionMode.MEETING));
        loginAs("secretaris");
        String taskId = task(BoardDecisionProcess.TASK_RECORD_MEETING, pi).getId();
        long id = decisionOf(pi);
        assertThatThrownBy(() -> voting.recordMeeting(id, taskId, LocalDate.now().minusDays(1),
                Map.of("coordinator1", VoteChoice.YES), Map.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.notAVotingMemberOf");
        assertThatThrownBy(() -> voting.recordMeeting(id, taskId, LocalDate.now().plusDays(3),
                Map.of("bestuur1", VoteChoice.YES), Map.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.meetingDateInFuture");
        assertThatThrownBy(() -> voting.recordMeeting(id, taskId, LocalDate.now(), Map.of(), Map.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.nobodyPresent");
        assertThat(pi).isWaitingAt(BoardDecisionProcess.TASK_RECORD_MEETING);
    }

    @Test
    void aMemberCannotVoteTwice() {
        ProcessInstance pi = startOnline();
        String firstTask = voteTaskOf(pi, "bestuur1").getId();
        vote(pi, "bestuur1", VoteChoice.YES);
        loginAs("bestuur1");
        assertThatThrownBy(() -> voting.castVote(decisionOf(pi), firstTask, VoteChoice.NO, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.alreadyVoted");
    }

    @Test
    void aMemberCannotVoteOnAnotherMembersTask() {
        ProcessInstance pi = startOnline();
        String tasksOfTwo = voteTaskOf(pi, "bestuur2").getId();
        loginAs("bestuur1");
        assertThatThrownBy(() -> voting.castVote(decisionOf(pi), tasksOfTwo, VoteChoice.YES, null))
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThat(decisions.tally(decisions.get(decisionOf(pi))).anyVotes()).isFalse();
    }

    @Test
    void aMemberCannotVoteAfterTheDecisionClosed() {
        ProcessInstance pi = startOnline();
        String lateTask = voteTaskOf(pi, "bestuur8").getId();
        votes(pi, VoteChoice.YES, 1, 2, 3, 4, 5);
        assertThat(pi).isEnded();
        loginAs("bestuur8");
        assertThatThrownBy(() -> voting.castVote(decisionOf(pi), lateTask, VoteChoice.YES, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("board.decisionClosed");
    }

    @Test
    void onlyBoardMembersVote() {
        ProcessInstance pi = startOnline();
        String task = voteTaskOf(pi, "bestuur1").getId();
        loginAs("coordinator1");
        assertThatThrownBy(() -> voting.castVote(decisionOf(pi), task, VoteChoice.YES, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
