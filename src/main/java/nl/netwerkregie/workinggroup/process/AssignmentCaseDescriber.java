package nl.netwerkregie.workinggroup.process;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import org.springframework.stereotype.Component;

/** An assignment in task lists: "Werkgroepopdracht", the werkgroep's name, a link to the assignment page. */
@Component
class AssignmentCaseDescriber implements CaseDescriber {

    private final AssignmentQueries assignments;

    AssignmentCaseDescriber(AssignmentQueries assignments) {
        this.assignments = assignments;
    }

    @Override
    public String processDefinitionKey() {
        return WerkgroepAssignmentProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return "case.werkgroepAssignment";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        long id = Long.parseLong(businessKey);
        return new CaseSummary("case.werkgroepAssignment", assignments.werkgroepNameOf(id), "opdrachten/" + id);
    }

    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        assignments.werkgroepNamesOf(CaseDescriber.ids(businessKeys)).forEach((id, werkgroep) -> summaries.put(
                String.valueOf(id), new CaseSummary("case.werkgroepAssignment", werkgroep, "opdrachten/" + id)));
        return summaries;
    }

    @Override
    public java.util.Collection<String> keysMatching(String text) {
        return assignments.idsOfWerkgroepsNamedLike(text).stream().map(String::valueOf).toList();
    }
}
