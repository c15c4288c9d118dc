package nl.netwerkregie.evaluation.process;

import nl.netwerkregie.evaluation.YearlyEvaluationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": who has not submitted is reminded once, before the deadline. */
@Component("remindEvaluationRespondents")
class RemindRespondentsDelegate implements JavaDelegate {

    private final YearlyEvaluationSteps steps;

    RemindRespondentsDelegate(YearlyEvaluationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remind((Long) execution.getVariable(YearlyEvaluationProcess.VAR_EVALUATION_ID));
    }
}
