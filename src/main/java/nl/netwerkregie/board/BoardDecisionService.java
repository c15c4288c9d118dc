package nl.netwerkregie.board;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.board.process.BoardDecisionStarter;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board decisions: the API of the board feature. Flows prepare a decision and call the board-decision
 * process; board members vote; the secretary or a coordinator records a meeting's decision.
 */
@Service
public class BoardDecisionService {

    private static final int MAX_REASON = 2000;

    private final BoardDecisionRepository decisions;
    private final VoteRepository votes;
    private final NetworkProfile profile;
    private final TaskListService tasks;
    private final BoardDecisionStarter starter;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    BoardDecisionService(BoardDecisionRepository decisions, VoteRepository votes, NetworkProfile profile,
            TaskListService tasks, BoardDecisionStarter starter, CurrentUser currentUser, Validator validator,
            Clock clock) {
        this.decisions = decisions;
        this.votes = votes;
        this.profile = profile;
        this.tasks = tasks;
        this.starter = starter;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Records what a flow puts to the board; the flow then calls the board-decision process with the id.
     * The calling feature's service checks the caller's role.
     *
     * @return the decision id
     */
    @Transactional
    public long prepare(DecisionRequest request, String preparedBy) {
        Set<ConstraintViolation<DecisionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Instant now = Instant.now(clock);
        Instant deadline = request.deadline() != null ? request.deadline()
                : LocalDate.now(clock).plus(profile.votingPeriod()).atStartOfDay(clock.getZone()).toInstant();
        if (!deadline.isAfter(now)) {
            throw new DomainException("board.deadlineInPast");
        }
        return decisions.save(new BoardDecision(request, deadline, preparedBy, now)).getId();
    }

    /** A coordinator puts a matter that belongs to no other flow to the board ("Besluit voorleggen"). */
    @Transactional
    public long putToBoard(String subject, String question, String proposal, DecisionMode mode, Instant deadline) {
        currentUser.require(Role.COORDINATOR);
        long id = prepare(new DecisionRequest("AD_HOC", "-", subject, question, proposal, mode, deadline),
                currentUser.username());
        starter.start(id);
        return id;
    }

    /**
     * Opens the decision: the voting members are the board as the network profile lists it now, and stay so.
     * A process step. Returns true when the decision is to be recorded from a meeting.
     */
    @Transactional
    public boolean open(long decisionId) {
        BoardDecision decision = get(decisionId);
        decision.open(profile.boardMembers(), Instant.now(clock));
        return decision.getMode() == DecisionMode.MEETING;
    }

    /**
     * A board member's vote, with an optional reason. Closes the member's vote task; when the outcome can no
     * longer change, the process stops the voting.
     */
    @Transactional
    public void castVote(long decisionId, String taskId, VoteChoice choice, String reason) {
        currentUser.require(Role.BOARD_MEMBER);
        String me = currentUser.username();
        BoardDecision decision = get(decisionId);
        if (decision.isClosed()) {
            throw new DomainException("board.decisionClosed");
        }
        if (votes.findByDecisionIdAndMemberId(decisionId, me).isPresent()) {
            throw new DomainException("board.alreadyVoted");
        }
        if (!decision.getVotingMembers().contains(me)) {
            throw new DomainException("board.notAVotingMember");
        }
        TaskRow task = tasks.task(taskId);
        if (!BoardDecisionProcess.TASK_VOTE.equals(task.taskDefinitionKey())
                || !String.valueOf(decisionId).equals(task.businessKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not a vote on decision " + decisionId);
        }
        requireChoice(choice, reason);
        votes.save(new Vote(decisionId, me, choice, blankToNull(reason), Instant.now(clock), me));
        votes.flush();
        tasks.complete(taskId, Map.of(BoardDecisionProcess.VAR_SETTLED, tally(decision).settled()));
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
        BoardDecision decision = get(decisionId);
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
        for (String member : votesOfPresent.keySet()) {
            if (!decision.getVotingMembers().contains(member)) {
                throw new DomainException("board.notAVotingMemberOf", member);
            }
            requireChoice(votesOfPresent.get(member), reasons.get(member));
        }
        TaskRow task = tasks.task(taskId);
        if (!BoardDecisionProcess.TASK_RECORD_MEETING.equals(task.taskDefinitionKey())
                || !String.valueOf(decisionId).equals(task.businessKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not the meeting record of decision " + decisionId);
        }
        String recorder = currentUser.username();
        Instant castAt = meetingDate.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        votesOfPresent.forEach((member, choice) -> {
            if (votes.findByDecisionIdAndMemberId(decisionId, member).isPresent()) {
                throw new DomainException("board.alreadyVotedMember", member);
            }
            votes.save(new Vote(decisionId, member, choice, blankToNull(reasons.get(member)), castAt, recorder));
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
        BoardDecision decision = get(decisionId);
        if (!putOnAgenda) {
            if (newDeadline == null || !newDeadline.isAfter(Instant.now(clock))) {
                throw new DomainException("board.deadlineInPast");
            }
            decision.extendDeadline(newDeadline);
        }
        TaskRow task = tasks.task(taskId);
        if (!BoardDecisionProcess.TASK_HANDLE_NO_VOTES.equals(task.taskDefinitionKey())
                || !String.valueOf(decisionId).equals(task.businessKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not about decision " + decisionId);
        }
        tasks.complete(taskId, Map.of(BoardDecisionProcess.VAR_PUT_ON_AGENDA, putOnAgenda));
    }

    /** A process step: counts the votes and, if anyone voted, closes the decision with its outcome. */
    @Transactional
    public Tally closeIfAnyVotes(long decisionId) {
        BoardDecision decision = get(decisionId);
        Tally tally = tally(decision);
        if (tally.anyVotes() && !decision.isClosed()) {
            decision.close(tally, Instant.now(clock));
        }
        return tally;
    }

    /**
     * The reasons board members gave with a choice (for example with their NO votes), in voting order, without
     * names. A process step: calling flows use it to tell an applicant why; it does not check a role.
     */
    @Transactional(readOnly = true)
    public List<String> reasonsGiven(long decisionId, VoteChoice choice) {
        return votes.findByDecisionIdOrderByCastAtAscIdAsc(decisionId).stream()
                .filter(v -> v.getChoice() == choice && v.getReason() != null)
                .map(Vote::getReason).toList();
    }

    @Transactional(readOnly = true)
    public BoardDecision get(long decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new DomainException("board.notFound", String.valueOf(decisionId)));
    }

    /** Every decision, newest first (the Besluitenlijst). */
    @Transactional(readOnly = true)
    public List<BoardDecision> all() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return decisions.findAllByOrderByPreparedAtDesc();
    }

    /** The decisions taken on one case (e.g. an admission), oldest first. */
    @Transactional(readOnly = true)
    public List<BoardDecision> ofCase(String caseType, String caseId) {
        return decisions.findByCaseTypeAndCaseIdOrderByPreparedAtAsc(caseType, caseId);
    }

    /** Every vote on a decision with its reason. Hidden from a board member before they vote, unless the profile allows it. */
    @Transactional(readOnly = true)
    public List<Vote> votes(long decisionId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        BoardDecision decision = get(decisionId);
        if (!votesVisibleToMe(decision)) {
            return List.of();
        }
        return votes.findByDecisionIdOrderByCastAtAscIdAsc(decisionId);
    }

    /** Whether the current user may see the votes already cast on an open decision. */
    @Transactional(readOnly = true)
    public boolean votesVisibleToMe(BoardDecision decision) {
        if (decision.isClosed() || profile.votesVisibleBeforeVoting() || !currentUser.has(Role.BOARD_MEMBER)
                || currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY)) {
            return true;
        }
        return votes.findByDecisionIdAndMemberId(decision.getId(), currentUser.username()).isPresent();
    }

    /** The count as it stands now. */
    @Transactional(readOnly = true)
    public Tally tally(BoardDecision decision) {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        List<Vote> cast = votes.findByDecisionIdOrderByCastAtAscIdAsc(decision.getId());
        cast.forEach(v -> counts.merge(v.getChoice(), 1, Integer::sum));
        int notYetVoted = (int) decision.getVotingMembers().stream()
                .filter(m -> cast.stream().noneMatch(v -> v.getMemberId().equals(m))).count();
        return new Tally(counts.getOrDefault(VoteChoice.YES, 0), counts.getOrDefault(VoteChoice.NO, 0),
                counts.getOrDefault(VoteChoice.ABSTAIN, 0), counts.getOrDefault(VoteChoice.RECUSED, 0),
                notYetVoted, profile.quorum());
    }

    private static void requireChoice(VoteChoice choice, String reason) {
        if (choice == null) {
            throw new DomainException("board.choiceRequired");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new DomainException("validation.tooLong");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
