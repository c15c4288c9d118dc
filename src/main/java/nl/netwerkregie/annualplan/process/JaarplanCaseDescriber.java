package nl.netwerkregie.annualplan.process;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

/** A jaarplan in task lists: "Jaarplan", its year and title, a link to the plan. */
@Component
class JaarplanCaseDescriber implements CaseDescriber {

    private final JaarplanQueries queries;

    JaarplanCaseDescriber(JaarplanQueries queries) {
        this.queries = queries;
    }

    @Override
    public String processDefinitionKey() {
        return JaarplanApprovalProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return "case.jaarplan";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        var plan = queries.get(Long.parseLong(businessKey));
        return new CaseSummary("case.jaarplan", plan.year() + ": " + plan.content().title(), "jaarplannen/" + plan.id());
    }

    /** The year and the title only: a page of tasks does not load the plans with their themes and cost items. */
    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        queries.titlesOf(CaseDescriber.ids(businessKeys)).forEach((id, title) -> summaries.put(
                String.valueOf(id), new CaseSummary("case.jaarplan", title, "jaarplannen/" + id)));
        return summaries;
    }

    @Override
    public java.util.Collection<String> keysMatching(String text) {
        return queries.idsLike(text).stream().map(String::valueOf).toList();
    }
}
