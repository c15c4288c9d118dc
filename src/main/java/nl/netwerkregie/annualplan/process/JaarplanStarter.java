package nl.netwerkregie.annualplan.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the approval process for a submitted jaarplan; keeps engine types out of the service. */
@Component
public class JaarplanStarter {

    private final RuntimeService runtimeService;

    JaarplanStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long jaarplanId) {
        runtimeService.startProcessInstanceByKey(JaarplanApprovalProcess.PROCESS_ID, String.valueOf(jaarplanId),
                Map.of(JaarplanApprovalProcess.VAR_JAARPLAN_ID, jaarplanId));
    }
}
