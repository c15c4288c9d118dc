package nl.netwerkregie.selfevaluation.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** Task lists show a self-evaluation with the organisation's name, linking to the self-evaluation's page. */
@Component
class SelfEvaluationCaseDescriber implements CaseDescriber {

    private static final String CASE_TYPE = "case.selfEvaluation";

    private final SelfEvaluationQueries evaluations;
    private final OrganisationService organisations;

    SelfEvaluationCaseDescriber(SelfEvaluationQueries evaluations, OrganisationService organisations) {
        this.evaluations = evaluations;
        this.organisations = organisations;
    }

    @Override
    public String processDefinitionKey() {
        return SelfEvaluationProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return CASE_TYPE;
    }

    @Override
    public CaseSummary describe(String businessKey) {
        return describeAll(java.util.List.of(businessKey)).get(businessKey);
    }

    /** Two queries for a page: the self-evaluations' organisations, then their names. */
    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<Long, Long> organisationIds = evaluations.organisationIdsOf(CaseDescriber.ids(businessKeys));
        Map<Long, String> names = organisations.namesOf(organisationIds.values());
        Map<String, CaseSummary> summaries = new HashMap<>();
        organisationIds.forEach((evaluation, organisation) -> summaries.put(String.valueOf(evaluation),
                new CaseSummary(CASE_TYPE, names.get(organisation), "zelfevaluaties/" + evaluation)));
        return summaries;
    }

    @Override
    public Collection<String> keysMatching(String text) {
        return evaluations.idsOfOrganisations(organisations.idsNamedLike(text)).stream().map(String::valueOf).toList();
    }
}
