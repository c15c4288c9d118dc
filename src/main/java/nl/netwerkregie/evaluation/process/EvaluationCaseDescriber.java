package nl.netwerkregie.evaluation.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** An evaluation in task lists: "Evaluatie samenwerking", its year, a link to Evaluaties. */
@Component
class EvaluationCaseDescriber implements CaseDescriber {

    static final String CASE_TYPE = "case.evaluation";

    private final YearlyEvaluationQueries queries;

    EvaluationCaseDescriber(YearlyEvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public String processDefinitionKey() {
        return YearlyEvaluationProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return CASE_TYPE;
    }

    @Override
    public CaseSummary describe(String businessKey) {
        return describeAll(java.util.List.of(businessKey)).get(businessKey);
    }

    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        queries.yearsOf(CaseDescriber.ids(businessKeys)).forEach((id, year) -> summaries.put(String.valueOf(id),
                new CaseSummary(CASE_TYPE, String.valueOf(year), "evaluaties/" + id)));
        return summaries;
    }
}
