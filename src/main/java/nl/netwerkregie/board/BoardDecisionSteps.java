package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import nl.netwerkregie.network.NetworkProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code BoardDecisionProcess} that no person takes: opening a decision and closing it. They check
 * no role, so only the process's delegates call them.
 */
@Service
public class BoardDecisionSteps {

    private final BoardDecisionService decisions;
    private final NetworkProfile profile;
    private final Clock clock;

    BoardDecisionSteps(BoardDecisionService decisions, NetworkProfile profile, Clock clock) {
        this.decisions = decisions;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * Opens the decision: the voting members are the board as the network profile lists it now, and stay so.
     *
     * @return true when the decision is to be recorded from a meeting
     */
    @Transactional
    public boolean open(long decisionId) {
        BoardDecision decision = decisions.get(decisionId);
        decision.open(profile.boardMembers(), Instant.now(clock));
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
