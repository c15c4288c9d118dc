package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Herinnering sturen": 14 days without an answer; reminds the applicant (the request stays open). */
@Component("remindOfInformationRequest")
class SendReminderDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    SendReminderDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.sendInformationReminder((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
