package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Organisatie berichten: lid blijft": the board did not terminate. */
@Component("notifyMembershipKept")
class NotifyMembershipKeptDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    NotifyMembershipKeptDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.keepMembership(endingId);
    }
}
