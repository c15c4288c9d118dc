package nl.netwerkregie.annualplan.process;

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
    public CaseSummary describe(String businessKey) {
        var plan = queries.get(Long.parseLong(businessKey));
        return new CaseSummary("case.jaarplan", plan.year() + ": " + plan.content().title(), "jaarplannen/" + plan.id());
    }
}
