package nl.netwerkregie.annualreport.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the approval process for a submitted jaarverslag; keeps engine types out of the service. */
@Component
public class JaarverslagStarter {

    private final RuntimeService runtimeService;

    JaarverslagStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** @param decisionId the board decision the submitted version was put to */
    public void start(long jaarverslagId, long decisionId) {
        runtimeService.startProcessInstanceByKey(JaarverslagApprovalProcess.PROCESS_ID, String.valueOf(jaarverslagId),
                Map.of(JaarverslagApprovalProcess.VAR_JAARVERSLAG_ID, jaarverslagId,
                        JaarverslagApprovalProcess.VAR_DECISION_ID, decisionId));
    }
}
