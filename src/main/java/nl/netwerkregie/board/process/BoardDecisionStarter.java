package nl.netwerkregie.board.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the board-decision process for a decision that no other flow calls (an ad hoc board matter). */
@Component
public class BoardDecisionStarter {

    private final RuntimeService runtimeService;

    BoardDecisionStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long decisionId) {
        runtimeService.startProcessInstanceByKey(BoardDecisionProcess.PROCESS_ID, String.valueOf(decisionId),
                Map.of(BoardDecisionProcess.VAR_DECISION_ID, decisionId));
    }
}
