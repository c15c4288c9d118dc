package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.IdRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budgets of approved werkgroep assignments and the budget used their chairs reported, for the budget
 * realisation (which reconciles the reported use with the spending it records). Four queries, whatever the
 * number of assignments.
 */
@Service
public class AssignmentBudgets {

    private static final EnumSet<AssignmentStatus> APPROVED = EnumSet.of(AssignmentStatus.ACTIVE,
            AssignmentStatus.CLOSED);

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;
    private final ProgressReportRepository reports;
    private final CurrentUser currentUser;

    AssignmentBudgets(AssignmentRepository assignments, AssignmentVersionRepository versions,
            ProgressReportRepository reports, CurrentUser currentUser) {
        this.assignments = assignments;
        this.versions = versions;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /**
     * The approved (running or closed) assignments whose tijdspad touches the year, by werkgroep and start.
     * Coordinators, the secretary and the board.
     */
    @Transactional(readOnly = true)
    public List<AssignmentBudget> approvedIn(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        List<Long> ids = assignments.findByStatusIn(APPROVED).stream().map(Assignment::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = IdRows.byId(ids, assignments::werkgroepNamesOf, row -> (String) row[1]);
        Map<Long, BigDecimal> used = IdRows.byId(ids, reports::latestBudgetUsedOf, row -> (BigDecimal) row[1]);
        return versions.latestOf(ids).stream()
                .map(v -> new AssignmentBudget(v.getAssignmentId(), names.get(v.getAssignmentId()), v.getDoel(),
                        v.getTheme(), v.getStartDate(), v.getEndDate(), v.getBudget(), used.get(v.getAssignmentId())))
                .filter(b -> b.runsIn(year))
                .sorted(Comparator.comparing(AssignmentBudget::werkgroepName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AssignmentBudget::startDate))
                .toList();
    }
}
