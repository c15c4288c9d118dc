package nl.netwerkregie.workinggroup.process;

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
    public CaseSummary describe(String businessKey) {
        long id = Long.parseLong(businessKey);
        return new CaseSummary("case.werkgroepAssignment", assignments.werkgroepNameOf(id), "opdrachten/" + id);
    }
}
