package nl.netwerkregie.board;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.board.process.BoardDecisionStarter;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Board decisions: the API of the board feature for other features and the board's views. Flows prepare a
 * decision and call the board-decision process; everyone reads decisions, votes and the tally here. The votes
 * themselves are cast through {@link VotingService}; the process's own steps are {@link BoardDecisionSteps}.
 */
@Service
public class BoardDecisionService {

    private final BoardDecisionRepository decisions;
    private final VoteRepository votes;
    private final NetworkRules rules;
    private final BoardDecisionStarter starter;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    BoardDecisionService(BoardDecisionRepository decisions, VoteRepository votes, NetworkRules rules,
            BoardDecisionStarter starter, CurrentUser currentUser, Validator validator, Clock clock) {
        this.decisions = decisions;
        this.votes = votes;
        this.rules = rules;
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
                : LocalDate.now(clock).plus(rules.current().votingPeriod()).atStartOfDay(clock.getZone()).toInstant();
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
     * The reasons board members gave with a choice (for example with their NO votes), in voting order, without
     * names. A process step: calling flows use it to tell an applicant why; it does not check a role.
     */
    @Transactional(readOnly = true)
    public List<String> reasonsGiven(long decisionId, VoteChoice choice) {
        return votes.findByDecisionIdOrderByCastAtAscIdAsc(decisionId).stream()
                .filter(v -> v.getChoice() == choice && v.getReason() != null)
                .map(Vote::getReason).toList();
    }

    /** The subjects of those decisions, in one query: for a page of a task list. No role check, like {@link #get}. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> subjectsOf(java.util.Collection<Long> decisionIds) {
        return nl.netwerkregie.shared.IdRows.byId(decisionIds, decisions::subjectsOf, row -> (String) row[1]);
    }

    /** The decisions whose subject contains the text (any case), at most a search's worth. No role check. */
    @Transactional(readOnly = true)
    public List<Long> idsWithSubjectLike(String text) {
        return decisions.idsWithSubjectLike(nl.netwerkregie.shared.task.CaseDescriber.likePattern(text), org.springframework.data.domain.PageRequest.of(0, nl.netwerkregie.shared.task.CaseDescriber.MATCHES));
    }

    /** The decision, locked for the caller's transaction: for {@link VotingService}, one vote at a time. */
    BoardDecision lockForVote(long decisionId) {
        return decisions.lockById(decisionId)
                .orElseThrow(() -> new DomainException("board.notFound", String.valueOf(decisionId)));
    }

    /** A decision. No role check: views guard their pages, and other features' steps read their decisions. */
    @Transactional(readOnly = true)
    public BoardDecision get(long decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new DomainException("board.notFound", String.valueOf(decisionId)));
    }

    /**
     * A page of the Besluitenlijst, in the page's order (newest first when it names none): one query for the
     * decisions and one for their voting members, whatever the number of decisions.
     */
    @Transactional(readOnly = true)
    public List<BoardDecision> page(org.springframework.data.domain.Pageable page) {
        return page("", page);
    }

    /** A page of the decisions whose subject or question contains {@code search} (all when it is blank). */
    @Transactional(readOnly = true)
    public List<BoardDecision> page(String search, org.springframework.data.domain.Pageable page) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        org.springframework.data.domain.Pageable ordered = nl.netwerkregie.shared.Pages.bounded(page,
                        org.springframework.data.domain.Sort.by("preparedAt").descending().and(
                                org.springframework.data.domain.Sort.by("id").descending()));
        // The voting members (an eager collection) come for the whole page in one query (batch fetching).
        String words = search == null ? "" : search.strip();
        return (words.isEmpty() ? decisions.findAllBy(ordered)
                : decisions.findBySubjectContainingIgnoreCaseOrQuestionContainingIgnoreCase(words, words, ordered))
                .getContent();
    }

    /** Every decision, newest first (the CSV of the Besluitenlijst). */
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
        if (decision.isClosed() || rules.current().votesVisibleBeforeVoting() || !currentUser.has(Role.BOARD_MEMBER)
                || currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY)) {
            return true;
        }
        return votes.findByDecisionIdAndMemberId(decision.getId(), currentUser.username()).isPresent();
    }

    /** How many have voted of those entitled, and until when the vote runs: what a voter is told afterwards. */
    @Transactional(readOnly = true)
    public VoteCount voteCount(long decisionId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        BoardDecision decision = get(decisionId);
        int cast = votes.findByDecisionIdOrderByCastAtAscIdAsc(decisionId).size();
        return new VoteCount(cast, decision.getVotingMembers().size(), !decision.isClosed(), decision.getDeadline());
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
                notYetVoted, rules.current().quorum());
    }
}
