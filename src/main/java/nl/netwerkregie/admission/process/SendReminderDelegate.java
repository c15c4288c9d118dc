package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": 14 days without an answer; reminds the applicant (the request stays open). */
@Component("remindOfInformationRequest")
class SendReminderDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    SendReminderDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sendInformationReminder((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
