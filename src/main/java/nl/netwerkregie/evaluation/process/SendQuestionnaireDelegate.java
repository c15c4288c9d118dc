package nl.netwerkregie.evaluation.process;

import nl.netwerkregie.evaluation.YearlyEvaluationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vragenlijst versturen": a respondent per member organisation and per board member, each an answer task. */
@Component("sendEvaluationQuestionnaire")
class SendQuestionnaireDelegate implements JavaDelegate {

    private final YearlyEvaluationSteps steps;

    SendQuestionnaireDelegate(YearlyEvaluationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sendQuestionnaire((Long) execution.getVariable(YearlyEvaluationProcess.VAR_EVALUATION_ID));
    }
}
