package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Besluit voorbereiden": puts the termination, with the response, to the board. */
@Component("prepareTerminationDecision")
class PrepareTerminationDecisionDelegate implements JavaDelegate {

    private final ResignationService endings;

    PrepareTerminationDecisionDelegate(ResignationService endings) {
        this.endings = endings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        execution.setVariable(EndingProcesses.VAR_DECISION_ID, endings.prepareTerminationDecision(endingId));
    }
}
