package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved assignment's money: the budget of its approved (latest) version and what its chair last reported as
 * used.
 *
 * @param theme        the jaarplan theme as the assignment names it (may be null)
 * @param budget       the assignment's own budget (may be null: none was given)
 * @param reportedUsed the "besteed budget" of the latest progress report that states one; null when none did
 */
public record AssignmentBudget(long assignmentId, String werkgroepName, String doel, String theme,
        LocalDate startDate, LocalDate endDate, BigDecimal budget, BigDecimal reportedUsed) {

    /** Whether the tijdspad touches the year. */
    public boolean runsIn(int year) {
        return startDate.getYear() <= year && endDate.getYear() >= year;
    }
}
