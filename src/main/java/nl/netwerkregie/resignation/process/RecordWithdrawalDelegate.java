package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.ResignationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Intrekking vastleggen": the member withdrew; it stays a member. */
@Component("recordResignationWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ResignationSteps steps;

    RecordWithdrawalDelegate(ResignationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long endingId = (Long) execution.getVariable(EndingProcesses.VAR_ENDING_ID);
        steps.recordWithdrawal(endingId);
    }
}
