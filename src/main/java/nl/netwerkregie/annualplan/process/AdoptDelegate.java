package nl.netwerkregie.annualplan.process;

import nl.netwerkregie.annualplan.JaarplanSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarplan vaststellen": frozen, the contribution base set, the members told. */
@Component("adoptJaarplan")
class AdoptDelegate implements JavaDelegate {

    private final JaarplanSteps steps;

    AdoptDelegate(JaarplanSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.adopt((Long) execution.getVariable(JaarplanApprovalProcess.VAR_JAARPLAN_ID));
    }
}
