package nl.netwerkregie.workinggroup.process;

import nl.netwerkregie.workinggroup.AssignmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": the report is 7 days late; the chair and vice chair are reminded. */
@Component("remindOfProgressReport")
class RemindOfReportDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    RemindOfReportDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.remindOfReport((Long) execution.getVariable(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID));
    }
}
