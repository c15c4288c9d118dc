package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget the board committed to werkgroep assignments, per theme, for the jaarplan's chart. An assignment counts
 * once it is approved (running or closed), with the budget of its approved (latest) version, in the year its
 * tijdspad starts: an assignment running over New Year is paid from the plan of the year it started in.
 */
@Component
class AssignmentCommitments implements ThemeCommitments {

    private static final EnumSet<AssignmentStatus> APPROVED = EnumSet.of(AssignmentStatus.ACTIVE,
            AssignmentStatus.CLOSED);

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;

    AssignmentCommitments(AssignmentRepository assignments, AssignmentVersionRepository versions) {
        this.assignments = assignments;
        this.versions = versions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> committedPerTheme(int year) {
        Map<String, BigDecimal> perTheme = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Assignment assignment : assignments.findByStatusIn(APPROVED)) {
            versions.findFirstByAssignmentIdOrderByNumberDesc(assignment.getId())
                    .filter(v -> v.getBudget() != null && v.getStartDate().getYear() == year)
                    .ifPresent(v -> perTheme.merge(v.getTheme() == null ? "" : v.getTheme().strip(), v.getBudget(),
                            BigDecimal::add));
        }
        return perTheme;
    }
}
