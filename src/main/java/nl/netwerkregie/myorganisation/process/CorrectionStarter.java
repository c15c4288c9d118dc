package nl.netwerkregie.myorganisation.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the correction process for a proposal just made, so the coordinators find it in their task list. */
@Component
public class CorrectionStarter {

    private final RuntimeService runtimeService;

    CorrectionStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long correctionId) {
        runtimeService.startProcessInstanceByKey(OrganisationCorrectionProcess.PROCESS_ID, String.valueOf(correctionId),
                Map.of(OrganisationCorrectionProcess.VAR_CORRECTION_ID, correctionId));
    }
}
