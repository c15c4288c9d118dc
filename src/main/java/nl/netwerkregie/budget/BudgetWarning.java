package nl.netwerkregie.budget;

import java.math.BigDecimal;

/** How spending stands against a budget. Labels: {@code budget.warning.<NAME>}. */
public enum BudgetWarning {
    /** Less than 90% spent. */
    NONE,
    /** 90% or more spent, up to the budget itself. */
    NEAR,
    /** More spent than budgeted (or spent where nothing was budgeted). */
    OVER;

    private static final BigDecimal NEAR_SHARE = new BigDecimal("0.90");

    /** The warning for this spending against this budget (a null budget counts as none). */
    public static BudgetWarning of(BigDecimal budgeted, BigDecimal spent) {
        BigDecimal budget = budgeted == null ? BigDecimal.ZERO : budgeted;
        if (spent.compareTo(budget) > 0) {
            return OVER;
        }
        return budget.signum() > 0 && spent.compareTo(budget.multiply(NEAR_SHARE)) >= 0 ? NEAR : NONE;
    }
}
