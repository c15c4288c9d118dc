package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vast lidmaatschap vastleggen": the board made the trial member a permanent member. */
@Component("makeMember")
class MakeMemberDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    MakeMemberDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.makeMember((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
