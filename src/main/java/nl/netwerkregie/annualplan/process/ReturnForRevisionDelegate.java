package nl.netwerkregie.annualplan.process;

import nl.netwerkregie.annualplan.JaarplanSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarplan terugsturen": the board rejected it; back to the coordinators with the board's remarks. */
@Component("returnJaarplanForRevision")
class ReturnForRevisionDelegate implements JavaDelegate {

    private final JaarplanSteps steps;

    ReturnForRevisionDelegate(JaarplanSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.returnForRevision((Long) execution.getVariable(JaarplanApprovalProcess.VAR_JAARPLAN_ID));
    }
}
