package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lidmaatschap beëindigen": the board ended the membership after the trial year; the organisation is told why. */
@Component("endTrialMembership")
class EndMembershipDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    EndMembershipDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.endMembership((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
