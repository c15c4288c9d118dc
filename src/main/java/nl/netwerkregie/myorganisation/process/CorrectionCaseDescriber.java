package nl.netwerkregie.myorganisation.process;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
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
    public String caseTypeKey() {
        return "case.organisationCorrection";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        long organisationId = corrections.get(Long.parseLong(businessKey)).organisationId();
        return new CaseSummary("case.organisationCorrection", organisations.get(organisationId).getName(),
                "organisaties/" + organisationId);
    }

    /** Two queries for a page: the proposals' organisations, then their names. */
    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<Long, Long> organisationIds = corrections.organisationIdsOf(CaseDescriber.ids(businessKeys));
        Map<Long, String> names = organisations.namesOf(organisationIds.values());
        Map<String, CaseSummary> summaries = new HashMap<>();
        organisationIds.forEach((correction, organisation) -> summaries.put(String.valueOf(correction),
                new CaseSummary("case.organisationCorrection", names.get(organisation), "organisaties/" + organisation)));
        return summaries;
    }

    @Override
    public java.util.Collection<String> keysMatching(String text) {
        return corrections.idsOfOrganisations(organisations.idsNamedLike(text)).stream().map(String::valueOf).toList();
    }
}
