package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Afwijzing berichten": the board did not admit; records it and tells the applicant why. */
@Component("notifyAdmissionRejection")
class NotifyRejectionDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    NotifyRejectionDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.reject((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
