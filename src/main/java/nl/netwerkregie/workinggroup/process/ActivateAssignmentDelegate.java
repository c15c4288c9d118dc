package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opdracht starten": the board approved; the reporting starts. */
@Component("activateAssignment")
class ActivateAssignmentDelegate implements JavaDelegate {

    private final AssignmentSteps steps;

    ActivateAssignmentDelegate(AssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.activate((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
