package nl.netwerkregie.selfevaluation.process;

import nl.netwerkregie.selfevaluation.SelfEvaluationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": the deadline nears; the contact persons are reminded by mail. */
@Component("remindOfSelfEvaluation")
class RemindOfSelfEvaluationDelegate implements JavaDelegate {

    private final SelfEvaluationSteps steps;

    RemindOfSelfEvaluationDelegate(SelfEvaluationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remind((Long) execution.getVariable(SelfEvaluationProcess.VAR_SELF_EVALUATION_ID));
    }
}
