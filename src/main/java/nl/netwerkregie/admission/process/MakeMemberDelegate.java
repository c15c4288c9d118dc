package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vast lidmaatschap vastleggen": the board made the trial member a permanent member. */
@Component("makeMember")
class MakeMemberDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    MakeMemberDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.makeMember((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
