package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Besluit voorbereiden": puts the termination, with the response, to the board. */
@Component("prepareTerminationDecision")
class PrepareTerminationDecisionDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    PrepareTerminationDecisionDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        execution.setVariable(EndingProcesses.VAR_DECISION_ID, steps.prepareTerminationDecision(endingId));
    }
}
