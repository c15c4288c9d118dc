package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's task forms on an open decision: a member's vote, the record of a meeting's votes, and the
 * coordinator's answer when nobody voted. Each checks the role and that the task is that step of this very
 * decision, then completes it.
 */
@Service
public class VotingService {

    private static final int MAX_REASON = 2000;
    /** A meeting's votes count as cast at the start of its day, in the network's time zone. */
    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");

    private final BoardDecisionService decisions;
    private final VoteRepository votes;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    VotingService(BoardDecisionService decisions, VoteRepository votes, TaskGuard taskGuard, TaskListService tasks,
            CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.votes = votes;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A board member's vote, with an optional reason. Closes the member's vote task; when the outcome can no
     * longer change, the process stops the voting.
     */
    @Transactional
    public void castVote(long decisionId, String taskId, VoteChoice choice, String reason) {
        currentUser.require(Role.BOARD_MEMBER);
        String me = currentUser.username();
        // A second vote on the same decision waits here until the first has committed, then counts it.
        BoardDecision decision = decisions.lockForVote(decisionId);
        if (decision.isClosed()) {
            throw new DomainException("board.decisionClosed");
        }
        if (votes.findByDecisionIdAndMemberId(decisionId, me).isPresent()) {
            throw new DomainException("board.alreadyVoted");
        }
        if (!decision.getVotingMembers().contains(me)) {
            throw new DomainException("board.notAVotingMember");
        }
        String why = reasonWith(choice, reason);
        if (!tasks.isOpen(taskId) && decisions.tally(decision).settled()) {
            // The vote cast at the same instant as the one that made the outcome certain: that vote stopped the
            // voting and withdrew this task, but the decision is not closed yet, so this vote still counts (the
            // closing step counts the votes in the table). The member is told it counted, not "task gone".
            votes.save(new Vote(decisionId, me, choice, why, Instant.now(clock), me));
            return;
        }
        taskGuard.requireStepOfCase(taskId, BoardDecisionProcess.PROCESS_ID, BoardDecisionProcess.TASK_VOTE, decisionId);
        votes.save(new Vote(decisionId, me, choice, why, Instant.now(clock), me));
        // The tally below must see this vote.
        votes.flush();
        tasks.complete(taskId, Map.of(BoardDecisionProcess.VAR_SETTLED, decisions.tally(decision).settled()));
    }

    /**
     * The secretary or a coordinator records a decision taken in a board meeting: the date, the members present
     * and each one's vote. The outcome is computed from those votes, never typed in.
     *
     * @param votesOfPresent the vote of every member present (members absent are left out)
     * @param reasons        optional reasons per member
     */
    @Transactional
    public void recordMeeting(long decisionId, String taskId, LocalDate meetingDate,
            Map<String, VoteChoice> votesOfPresent, Map<String, String> reasons) {
        currentUser.require(Role.SECRETARY, Role.COORDINATOR);
        BoardDecision decision = decisions.get(decisionId);
        if (decision.isClosed()) {
            throw new DomainException("board.decisionClosed");
        }
        if (meetingDate == null) {
            throw new DomainException("board.meetingDateRequired");
        }
        if (meetingDate.isAfter(LocalDate.now(clock))) {
            throw new DomainException("board.meetingDateInFuture");
        }
        if (votesOfPresent.isEmpty()) {
            throw new DomainException("board.nobodyPresent");
        }
        Map<String, String> reasonOf = new HashMap<>();
        for (String member : votesOfPresent.keySet()) {
            if (!decision.getVotingMembers().contains(member)) {
                throw new DomainException("board.notAVotingMemberOf", member);
            }
            reasonOf.put(member, reasonWith(votesOfPresent.get(member), reasons.get(member)));
        }
        taskGuard.requireStepOfCase(taskId, BoardDecisionProcess.PROCESS_ID, BoardDecisionProcess.TASK_RECORD_MEETING,
                decisionId);
        String recorder = currentUser.username();
        Instant castAt = meetingDate.atStartOfDay(NETWORK_ZONE).toInstant();
        votesOfPresent.forEach((member, choice) -> {
            if (votes.findByDecisionIdAndMemberId(decisionId, member).isPresent()) {
                throw new DomainException("board.alreadyVotedMember", member);
            }
            votes.save(new Vote(decisionId, member, choice, reasonOf.get(member), castAt, recorder));
        });
        decision.recordMeeting(meetingDate, recorder);
        tasks.complete(taskId, Map.of());
    }

    /**
     * Nobody voted before the deadline: the coordinator extends the deadline, or puts the decision on the next
     * board meeting's agenda.
     */
    @Transactional
    public void handleNoVotes(long decisionId, String taskId, boolean putOnAgenda, Instant newDeadline) {
        currentUser.require(Role.COORDINATOR);
        BoardDecision decision = decisions.get(decisionId);
        if (!putOnAgenda) {
            if (newDeadline == null || !newDeadline.isAfter(Instant.now(clock))) {
                throw new DomainException("board.deadlineInPast");
            }
            decision.extendDeadline(newDeadline);
        }
        taskGuard.requireStepOfCase(taskId, BoardDecisionProcess.PROCESS_ID, BoardDecisionProcess.TASK_HANDLE_NO_VOTES,
                decisionId);
        tasks.complete(taskId, Map.of(BoardDecisionProcess.VAR_PUT_ON_AGENDA, putOnAgenda));
    }

    /** The reason to store with a vote (null when none was given); a vote without a choice is refused. */
    private static String reasonWith(VoteChoice choice, String reason) {
        if (choice == null) {
            throw new DomainException("board.choiceRequired");
        }
        return Texts.optional(reason, MAX_REASON);
    }
}
