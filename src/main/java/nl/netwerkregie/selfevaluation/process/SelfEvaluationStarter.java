package nl.netwerkregie.selfevaluation.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the process for an organisation just invited, so its contact persons find the task in Mijn taken. */
@Component
public class SelfEvaluationStarter {

    private final RuntimeService runtimeService;

    SelfEvaluationStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long selfEvaluationId) {
        runtimeService.startProcessInstanceByKey(SelfEvaluationProcess.PROCESS_ID, String.valueOf(selfEvaluationId),
                Map.of(SelfEvaluationProcess.VAR_SELF_EVALUATION_ID, selfEvaluationId));
    }
}
