package nl.netwerkregie.evaluation.process;

import nl.netwerkregie.evaluation.YearlyEvaluationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Voorstellen versturen": the board's proposals to all parties, by mail. */
@Component("sendEvaluationProposals")
class SendProposalsDelegate implements JavaDelegate {

    private final YearlyEvaluationSteps steps;

    SendProposalsDelegate(YearlyEvaluationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sendProposals((Long) execution.getVariable(YearlyEvaluationProcess.VAR_EVALUATION_ID));
    }
}
