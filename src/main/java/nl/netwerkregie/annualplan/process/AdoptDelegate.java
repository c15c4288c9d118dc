package nl.netwerkregie.annualplan.process;

import nl.netwerkregie.annualplan.JaarplanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Jaarplan vaststellen": frozen, the contribution base set, the members told. */
@Component("adoptJaarplan")
class AdoptDelegate implements JavaDelegate {

    private final JaarplanService jaarplannen;

    AdoptDelegate(JaarplanService jaarplannen) {
        this.jaarplannen = jaarplannen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jaarplannen.adopt((Long) execution.getVariable(JaarplanApprovalProcess.VAR_JAARPLAN_ID));
    }
}
