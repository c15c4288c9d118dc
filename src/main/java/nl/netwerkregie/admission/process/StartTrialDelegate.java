package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Proeflidmaatschap starten": the organisation becomes a trial member; the trial year is fixed. */
@Component("startTrialMembership")
class StartTrialDelegate implements JavaDelegate {

    private final AdmissionService admissions;

    StartTrialDelegate(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admissions.startTrial((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
