package nl.netwerkregie.admission.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the admission process and passes the applicant's answer to it; keeps engine types out of the service. */
@Component
public class AdmissionStarter {

    private final RuntimeService runtimeService;

    AdmissionStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(long admissionId) {
        runtimeService.startProcessInstanceByKey(AdmissionProcess.PROCESS_ID, String.valueOf(admissionId),
                Map.of(AdmissionProcess.VAR_ADMISSION_ID, admissionId));
    }

    /** The applicant answered the request for information: the intake starts again. */
    public void informationReceived(long admissionId) {
        runtimeService.createMessageCorrelation(AdmissionProcess.MESSAGE_INFORMATION_RECEIVED)
                .processInstanceBusinessKey(String.valueOf(admissionId))
                .processInstanceVariableEquals(AdmissionProcess.VAR_ADMISSION_ID, admissionId)
                .correlate();
    }
}
