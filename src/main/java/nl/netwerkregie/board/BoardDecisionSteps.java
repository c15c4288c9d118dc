package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code BoardDecisionProcess} that no person takes: opening a decision and closing it. They check
 * no role, so only the process's delegates call them.
 */
@Service
public class BoardDecisionSteps {

    private final BoardDecisionService decisions;
    private final BoardSeatQueries board;
    private final Clock clock;

    BoardDecisionSteps(BoardDecisionService decisions, BoardSeatQueries board, Clock clock) {
        this.decisions = decisions;
        this.board = board;
        this.clock = clock;
    }

    /**
     * Opens the decision: the voting members are the board's seats that run today, and stay so (ending a seat or
     * appointing someone later changes the next decision, not this one).
     *
     * @return true when the decision is to be recorded from a meeting
     */
    @Transactional
    public boolean open(long decisionId) {
        BoardDecision decision = decisions.get(decisionId);
        decision.open(board.boardOn(LocalDate.now(clock)), Instant.now(clock));
        return decision.getMode() == DecisionMode.MEETING;
    }

    /** Counts the votes and, if anyone voted, closes the decision with its outcome. */
    @Transactional
    public Tally closeIfAnyVotes(long decisionId) {
        BoardDecision decision = decisions.get(decisionId);
        Tally tally = decisions.tally(decision);
        if (tally.anyVotes() && !decision.isClosed()) {
            decision.close(tally, Instant.now(clock));
        }
        return tally;
    }
}
