package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Proeflidmaatschap starten": the organisation becomes a trial member; the trial year is fixed. */
@Component("startTrialMembership")
class StartTrialDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    StartTrialDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.startTrial((Long) execution.getVariable(AdmissionProcess.VAR_ADMISSION_ID));
    }
}
