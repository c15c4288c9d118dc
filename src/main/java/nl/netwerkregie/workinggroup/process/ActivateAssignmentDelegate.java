package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opdracht starten": the board approved; the reporting starts. */
@Component("activateAssignment")
class ActivateAssignmentDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    ActivateAssignmentDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.activate((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
