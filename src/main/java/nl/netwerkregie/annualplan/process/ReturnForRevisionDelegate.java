package nl.netwerkregie.annualplan.process;

import nl.netwerkregie.annualplan.JaarplanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarplan terugsturen": the board rejected it; back to the coordinators with the board's remarks. */
@Component("returnJaarplanForRevision")
class ReturnForRevisionDelegate implements JavaDelegate {

    private final JaarplanService jaarplannen;

    ReturnForRevisionDelegate(JaarplanService jaarplannen) {
        this.jaarplannen = jaarplannen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jaarplannen.returnForRevision((Long) execution.getVariable(JaarplanApprovalProcess.VAR_JAARPLAN_ID));
    }
}
