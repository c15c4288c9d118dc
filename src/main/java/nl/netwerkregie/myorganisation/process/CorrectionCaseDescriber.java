package nl.netwerkregie.myorganisation.process;

import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.CorrectionQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** Task lists show a correction proposal with the organisation's name, linking to its page. */
@Component
class CorrectionCaseDescriber implements CaseDescriber {

    private final CorrectionQueries corrections;
    private final OrganisationService organisations;

    CorrectionCaseDescriber(CorrectionQueries corrections, OrganisationService organisations) {
        this.corrections = corrections;
        this.organisations = organisations;
    }

    @Override
    public String processDefinitionKey() {
        return OrganisationCorrectionProcess.PROCESS_ID;
    }

    @Override
    public CaseSummary describe(String businessKey) {
        long organisationId = corrections.get(Long.parseLong(businessKey)).organisationId();
        return new CaseSummary("case.organisationCorrection", organisations.get(organisationId).getName(),
                "organisaties/" + organisationId);
    }
}
