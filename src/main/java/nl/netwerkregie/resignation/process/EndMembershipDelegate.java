package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lidmaatschap beëindigen": on the end date the organisation becomes a former member; its seats end. */
@Component("endMembershipOnEndDate")
class EndMembershipDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    EndMembershipDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.endMembership(endingId);
    }
}
