package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Bevestiging sturen": the organisation gets the confirmation with its end date. */
@Component("sendResignationConfirmation")
class SendResignationConfirmationDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    SendResignationConfirmationDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.sendConfirmation(endingId);
    }
}
