package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Aanvraag sluiten": 30 days without an answer; the application is closed and the applicant told. */
@Component("closeApplicationForNoAnswer")
class CloseApplicationDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    CloseApplicationDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closeForNoAnswer((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
