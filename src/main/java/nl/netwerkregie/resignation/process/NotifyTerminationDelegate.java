package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Organisatie berichten: beëindigd": the board terminated the membership from the end date. */
@Component("notifyTermination")
class NotifyTerminationDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    NotifyTerminationDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.confirmTermination(endingId);
    }
}
