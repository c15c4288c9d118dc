package nl.netwerkregie.admission.process;

import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** An admission in task lists: "Toetreding", the organisation's name, a link to the organisation. */
@Component
class AdmissionCaseDescriber implements CaseDescriber {

    private final AdmissionQueries admissions;

    AdmissionCaseDescriber(AdmissionQueries admissions) {
        this.admissions = admissions;
    }

    @Override
    public String processDefinitionKey() {
        return AdmissionProcess.PROCESS_ID;
    }

    @Override
    public CaseSummary describe(String businessKey) {
        Organisation organisation = admissions.organisationOf(Long.parseLong(businessKey));
        return new CaseSummary("case.admission", organisation.getName(), "organisaties/" + organisation.getId());
    }
}
