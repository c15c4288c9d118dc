package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opmerkingen bestuur vastleggen": the board did not approve; its remarks go with the version, back to the coordinator. */
@Component("recordAssignmentRejection")
class RecordRejectionDelegate implements JavaDelegate {

    private final AssignmentSteps steps;

    RecordRejectionDelegate(AssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordRejection((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
