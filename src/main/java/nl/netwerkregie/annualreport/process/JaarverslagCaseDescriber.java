package nl.netwerkregie.annualreport.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkregie.annualreport.JaarverslagQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** A jaarverslag in task lists: "Jaarverslag", its year, a link to the report. */
@Component
class JaarverslagCaseDescriber implements CaseDescriber {

    private final JaarverslagQueries queries;

    JaarverslagCaseDescriber(JaarverslagQueries queries) {
        this.queries = queries;
    }

    @Override
    public String processDefinitionKey() {
        return JaarverslagApprovalProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return "case.jaarverslag";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        return describeAll(java.util.List.of(businessKey)).get(businessKey);
    }

    /** The year only, one read for the page: a task list does not compile the reports' figures. */
    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        queries.yearsOf(CaseDescriber.ids(businessKeys)).forEach((id, year) -> summaries.put(String.valueOf(id),
                new CaseSummary("case.jaarverslag", String.valueOf(year), "jaarverslagen/" + id)));
        return summaries;
    }

    @Override
    public Collection<String> keysMatching(String text) {
        return queries.idsOfYearLike(text).stream().map(String::valueOf).toList();
    }
}
