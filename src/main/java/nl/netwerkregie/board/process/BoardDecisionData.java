package nl.netwerkregie.board.process;

import java.util.Date;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import org.springframework.stereotype.Component;

/**
 * What the BPMN reads from the board tables by expression: the voting members (the multi-instance collection)
 * and the deadline (the boundary timer). Kept out of process variables, so a decision has one source of truth.
 */
@Component("boardDecisionData")
public class BoardDecisionData {

    private final BoardDecisionService decisions;

    BoardDecisionData(BoardDecisionService decisions) {
        this.decisions = decisions;
    }

    public List<String> votingMembers(Long decisionId) {
        return decisions.get(decisionId).getVotingMembers();
    }

    public Date deadline(Long decisionId) {
        return Date.from(decisions.get(decisionId).getDeadline());
    }
}
