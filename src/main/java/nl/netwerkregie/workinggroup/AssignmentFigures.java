package nl.netwerkregie.workinggroup;

import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's werkgroep assignments in figures, counted by the database: how many per theme and status,
 * never an assignment's content, werkgroep or people.
 */
@Service
public class AssignmentFigures {

    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;

    AssignmentFigures(AssignmentRepository assignments, CurrentUser currentUser) {
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    /** How many assignments per theme and status, by theme (none last) and status. */
    @Transactional(readOnly = true)
    public List<Count> byThemeAndStatus() {
        currentUser.requireFiguresReader();
        return assignments.countByThemeAndStatus().stream()
                .map(row -> new Count((String) row[0], (AssignmentStatus) row[1], ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing(Count::theme, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Count::status))
                .toList();
    }

    /** How many assignments of a theme (null: none given) have a status. */
    public record Count(String theme, AssignmentStatus status, long count) {
    }
}
