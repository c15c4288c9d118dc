package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Organisatie informeren": the proposed termination, its reasons and the response period. */
@Component("notifyTerminationProposal")
class NotifyTerminationProposalDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    NotifyTerminationProposalDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.notifyTerminationProposal(endingId);
    }
}
