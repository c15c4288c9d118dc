package nl.netwerkregie.evaluation.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the process of a recorded evaluation, in the caller's transaction; keeps engine types out of services. */
@Component
public class EvaluationStarter {

    private final RuntimeService runtimeService;

    EvaluationStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long evaluationId) {
        runtimeService.startProcessInstanceByKey(YearlyEvaluationProcess.PROCESS_ID, String.valueOf(evaluationId),
                Map.of(YearlyEvaluationProcess.VAR_EVALUATION_ID, evaluationId));
    }
}
