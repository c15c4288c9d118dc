package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import org.springframework.stereotype.Component;

/** The year's adopted jaarplan: its themes with what was planned, budgeted and spent. */
@Component
class PlanOfTheYear {

    private final JaarplanQueries plans;
    private final SpendingOfTheYear spending;

    PlanOfTheYear(JaarplanQueries plans, SpendingOfTheYear spending) {
        this.plans = plans;
        this.spending = spending;
    }

    Optional<JaarplanView> adopted(int year) {
        return plans.all().stream().filter(p -> p.year() == year && p.status() == JaarplanStatus.ADOPTED).findFirst();
    }

    /** Null when the year has no adopted plan: the report says so rather than showing an empty table. */
    YearFigures.Plan of(int year) {
        Optional<JaarplanView> adopted = adopted(year);
        if (adopted.isEmpty()) {
            return null;
        }
        JaarplanView plan = adopted.get();
        Begroting begroting = plan.begroting();
        Map<String, BigDecimal> spent = spending.perTheme(year);
        List<YearFigures.Theme> themes = new ArrayList<>();
        for (ThemePlan theme : plan.content().themes()) {
            themes.add(new YearFigures.Theme(theme.name(), theme.activities(), begroting.themeTotal(theme),
                    spent.get(theme.name())));
        }
        BigDecimal totalSpent = spent.isEmpty() ? null
                : spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new YearFigures.Plan(plan.content().title(), List.copyOf(themes), begroting.totalCosts(), totalSpent);
    }

    BigDecimal subsidyReceived(int year) {
        return spending.subsidyReceived(year);
    }
}
