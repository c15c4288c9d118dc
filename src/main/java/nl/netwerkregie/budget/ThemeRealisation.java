package nl.netwerkregie.budget;

import java.math.BigDecimal;

/**
 * A theme of the adopted plan: what the begroting budgets for it (begroot), what was spent on it (besteed) and
 * what is left (resterend; negative when over budget).
 */
public record ThemeRealisation(String theme, BigDecimal budgeted, BigDecimal spent, BigDecimal remaining,
        BudgetWarning warning) {

    static ThemeRealisation of(String theme, BigDecimal budgeted, BigDecimal spent) {
        return new ThemeRealisation(theme, budgeted, spent, budgeted.subtract(spent), BudgetWarning.of(budgeted, spent));
    }
}
