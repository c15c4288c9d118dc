package nl.netwerkregie.workinggroup.process;

import java.time.ZoneId;
import java.util.Date;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import org.springframework.stereotype.Component;

/** What the BPMN reads from the werkgroep tables by expression: when the next report is due, and who reports. */
@Component("werkgroepAssignmentData")
public class WerkgroepAssignmentData {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AssignmentQueries assignments;

    WerkgroepAssignmentData(AssignmentQueries assignments) {
        this.assignments = assignments;
    }

    /** The next report's due date (next milestone, at most the profile's interval), at the start of that day. */
    public Date nextReportDue(Long assignmentId) {
        return Date.from(assignments.nextReportDue(assignmentId).atStartOfDay(ZONE).toInstant());
    }

    /** The candidate users of the report tasks: the usernames of the werkgroep's chair and vice chair, comma-separated. */
    public String reporters(Long assignmentId) {
        return String.join(",", assignments.reporters(assignmentId));
    }
}
