package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opdracht afsluiten": the coordinator accepted the final report. */
@Component("closeAssignment")
class CloseAssignmentDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    CloseAssignmentDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.close((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
