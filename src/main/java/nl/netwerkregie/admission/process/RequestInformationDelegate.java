package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informatie opvragen": mails the applicant the coordinator's questions and the link to answer them. */
@Component("requestAdmissionInformation")
class RequestInformationDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    RequestInformationDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.sendInformationRequest((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
