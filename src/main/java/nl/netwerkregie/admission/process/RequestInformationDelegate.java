package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informatie opvragen": mails the applicant the coordinator's questions and the link to answer them. */
@Component("requestAdmissionInformation")
class RequestInformationDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    RequestInformationDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sendInformationRequest((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
