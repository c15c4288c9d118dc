package nl.netwerkregie.annualreport.process;

import nl.netwerkregie.annualreport.JaarverslagSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarverslag terugsturen": the board did not adopt it; back to the coordinators with the board's remarks. */
@Component("returnJaarverslagForRevision")
class ReturnReportDelegate implements JavaDelegate {

    private final JaarverslagSteps steps;

    ReturnReportDelegate(JaarverslagSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.returnForRevision(((Number) execution.getVariable(JaarverslagApprovalProcess.VAR_JAARVERSLAG_ID))
                .longValue());
    }
}
