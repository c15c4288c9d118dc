package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Afwijzing berichten": the board did not admit; records it and tells the applicant why. */
@Component("notifyAdmissionRejection")
class NotifyRejectionDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    NotifyRejectionDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
