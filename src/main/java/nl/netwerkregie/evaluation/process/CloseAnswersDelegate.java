package nl.netwerkregie.evaluation.process;

import nl.netwerkregie.evaluation.YearlyEvaluationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Antwoorden sluiten": all answered, or the deadline passed; on to the summary. */
@Component("closeEvaluationAnswers")
class CloseAnswersDelegate implements JavaDelegate {

    private final YearlyEvaluationSteps steps;

    CloseAnswersDelegate(YearlyEvaluationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closeAnswers((Long) execution.getVariable(YearlyEvaluationProcess.VAR_EVALUATION_ID));
    }
}
