package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lidmaatschap beëindigen": the board ended the membership after the trial year; the organisation is told why. */
@Component("endTrialMembership")
class EndMembershipDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    EndMembershipDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.endMembership((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
