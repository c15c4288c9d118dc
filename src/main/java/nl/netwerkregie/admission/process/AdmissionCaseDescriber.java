package nl.netwerkregie.admission.process;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** An admission in task lists: "Toetreding", the organisation's name, a link to the organisation. */
@Component
class AdmissionCaseDescriber implements CaseDescriber {

    private final AdmissionQueries admissions;
    private final OrganisationService organisations;

    AdmissionCaseDescriber(AdmissionQueries admissions, OrganisationService organisations) {
        this.admissions = admissions;
        this.organisations = organisations;
    }

    @Override
    public String processDefinitionKey() {
        return AdmissionProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return "case.admission";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        Organisation organisation = admissions.organisationOf(Long.parseLong(businessKey));
        return new CaseSummary("case.admission", organisation.getName(), "organisaties/" + organisation.getId());
    }

    /** Two queries for a page: the admissions' organisations, then their names. */
    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<Long, Long> organisationIds = admissions.organisationIdsOf(CaseDescriber.ids(businessKeys));
        Map<Long, String> names = organisations.namesOf(organisationIds.values());
        Map<String, CaseSummary> summaries = new HashMap<>();
        organisationIds.forEach((admission, organisation) -> summaries.put(String.valueOf(admission),
                new CaseSummary("case.admission", names.get(organisation), "organisaties/" + organisation)));
        return summaries;
    }

    @Override
    public java.util.Collection<String> keysMatching(String text) {
        return admissions.idsOfOrganisationsNamedLike(text).stream().map(String::valueOf).toList();
    }
}
