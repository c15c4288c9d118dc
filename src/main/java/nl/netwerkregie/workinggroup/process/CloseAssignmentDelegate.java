package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opdracht afsluiten": the coordinator accepted the final report. */
@Component("closeAssignment")
class CloseAssignmentDelegate implements JavaDelegate {

    private final AssignmentSteps steps;

    CloseAssignmentDelegate(AssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
