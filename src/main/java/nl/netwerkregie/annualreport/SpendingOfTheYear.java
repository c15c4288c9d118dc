package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.budget.BudgetRealisationQueries;
import nl.netwerkregie.budget.IncomeRealisation;
import nl.netwerkregie.budget.YearRealisation;
import org.springframework.stereotype.Component;

/** What was spent per jaarplan theme and what subsidy came in, as the budget realisation records them. */
@Component
class SpendingOfTheYear {

    private final BudgetRealisationQueries realisation;

    SpendingOfTheYear(BudgetRealisationQueries realisation) {
        this.realisation = realisation;
    }

    /** Spent per theme name; empty when the year has no adopted plan. */
    Map<String, BigDecimal> perTheme(int year) {
        Map<String, BigDecimal> spent = new LinkedHashMap<>();
        realisation.ofYear(year).ifPresent(r -> r.themes().forEach(t -> spent.put(t.theme(), t.spent())));
        return spent;
    }

    /** The subsidy recorded as received, or null when the year has no adopted plan. */
    BigDecimal subsidyReceived(int year) {
        Optional<YearRealisation> of = realisation.ofYear(year);
        return of.map(r -> r.income().stream().filter(i -> "SUBSIDY".equals(i.kind()))
                .map(IncomeRealisation::received).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(null);
    }
}
