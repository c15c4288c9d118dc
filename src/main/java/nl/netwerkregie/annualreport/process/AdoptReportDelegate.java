package nl.netwerkregie.annualreport.process;

import nl.netwerkregie.annualreport.JaarverslagSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarverslag vaststellen en delen": frozen as PDF, sent to every member. */
@Component("adoptJaarverslag")
class AdoptReportDelegate implements JavaDelegate {

    private final JaarverslagSteps steps;

    AdoptReportDelegate(JaarverslagSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.adopt(((Number) execution.getVariable(JaarverslagApprovalProcess.VAR_JAARVERSLAG_ID)).longValue());
    }
}
