package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opmerkingen bestuur vastleggen": the board did not approve; its remarks go with the version, back to the coordinator. */
@Component("recordAssignmentRejection")
class RecordRejectionDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    RecordRejectionDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.recordRejection((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
