package nl.netwerkregie.workinggroup.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the assignment process with the board decision on the first version; keeps engine types out of the service. */
@Component
public class AssignmentStarter {

    private final RuntimeService runtimeService;

    AssignmentStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long assignmentId, long decisionId) {
        runtimeService.startProcessInstanceByKey(WerkgroepAssignmentProcess.PROCESS_ID, String.valueOf(assignmentId),
                Map.of(WerkgroepAssignmentProcess.VAR_ASSIGNMENT_ID, assignmentId,
                        WerkgroepAssignmentProcess.VAR_DECISION_ID, decisionId));
    }
}
