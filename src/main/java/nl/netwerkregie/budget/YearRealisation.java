package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's budget realisation against its adopted jaarplan: per theme, per assignment running in the year, and the
 * income; with the totals. Amounts in euro with two decimals.
 *
 * @param budgetedCosts the begroting's total project costs (the sum of its themes)
 */
public record YearRealisation(int year, long jaarplanId, String planTitle, List<ThemeRealisation> themes,
        List<AssignmentRealisation> assignments, List<IncomeRealisation> income, BigDecimal budgetedCosts,
        BigDecimal spent, BigDecimal budgetedIncome, BigDecimal received) {

    public YearRealisation {
        themes = List.copyOf(themes);
        assignments = List.copyOf(assignments);
        income = List.copyOf(income);
    }

    public BigDecimal remaining() {
        return budgetedCosts.subtract(spent);
    }

    /** The themes near or over their budget. */
    public List<ThemeRealisation> warned() {
        return themes.stream().filter(t -> t.warning() != BudgetWarning.NONE).toList();
    }
}
