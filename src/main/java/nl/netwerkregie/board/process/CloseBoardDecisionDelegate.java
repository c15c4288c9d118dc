package nl.netwerkregie.board.process;

import nl.netwerkregie.board.BoardDecisionSteps;
import nl.netwerkregie.board.Tally;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Besluit vaststellen": counts the votes; closes the decision unless nobody voted at all. */
@Component("closeBoardDecision")
class CloseBoardDecisionDelegate implements JavaDelegate {

    private final BoardDecisionSteps steps;

    CloseBoardDecisionDelegate(BoardDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = (Long) execution.getVariable(BoardDecisionProcess.VAR_DECISION_ID);
        Tally tally = steps.closeIfAnyVotes(decisionId);
        execution.setVariable(BoardDecisionProcess.VAR_ANY_VOTES, tally.anyVotes());
        execution.setVariable(BoardDecisionProcess.VAR_ADOPTED, tally.anyVotes() && tally.adopted());
    }
}
