package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": the report is 7 days late; the chair and vice chair are reminded. */
@Component("remindOfProgressReport")
class RemindOfReportDelegate implements JavaDelegate {

    private final AssignmentSteps steps;

    RemindOfReportDelegate(AssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindOfReport((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
