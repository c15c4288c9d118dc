package nl.netwerkregie.board.process;

import nl.netwerkregie.board.BoardDecisionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Besluit openen": fixes the voting members from the board seats that run today and tells the gateway the mode. */
@Component("openBoardDecision")
class OpenBoardDecisionDelegate implements JavaDelegate {

    private final BoardDecisionSteps steps;

    OpenBoardDecisionDelegate(BoardDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = (Long) execution.getVariable(BoardDecisionProcess.VAR_DECISION_ID);
        boolean meeting = steps.open(decisionId);
        execution.setVariable(BoardDecisionProcess.VAR_MEETING_MODE, meeting);
        execution.setVariable(BoardDecisionProcess.VAR_SETTLED, false);
    }
}
