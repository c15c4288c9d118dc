package nl.netwerkregie.budget;

import java.math.BigDecimal;

/**
 * A werkgroep assignment running in the year: its own budget (begroot; zero when it has none), the spending
 * recorded on it in the year (besteed) and what is left, and, to reconcile, what its chair last reported as used
 * against all spending recorded on it (over every year, as the chair counts).
 *
 * @param reportedUsed the chair's latest "besteed budget", or null when no report stated one
 * @param recordedSpent the spending recorded on the assignment over every year
 * @param difference    reported minus recorded, or null when nothing was reported
 */
public record AssignmentRealisation(long assignmentId, String werkgroepName, String doel, String theme,
        BigDecimal budgeted, BigDecimal spent, BigDecimal remaining, BudgetWarning warning, BigDecimal reportedUsed,
        BigDecimal recordedSpent, BigDecimal difference) {

    /** The chair's report and the recorded spending disagree. */
    public boolean differs() {
        return difference != null && difference.signum() != 0;
    }
}
