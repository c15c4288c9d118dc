package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's jaarplannen in figures: per year the begroting's totals and where the plan stands, never
 * its texts, lines or names.
 */
@Service
public class JaarplanFigures {

    private final JaarplanRepository plans;
    private final CurrentUser currentUser;

    JaarplanFigures(JaarplanRepository plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    /** Every plan's totals, the newest year first. */
    @Transactional(readOnly = true)
    public List<Budget> budgets() {
        currentUser.requireFiguresReader();
        return plans.findAllByOrderByYearDesc().stream().map(plan -> {
            Begroting begroting = Begroting.of(plan.content());
            return new Budget(plan.getYear(), plan.getStatus(), begroting.totalCosts(), begroting.totalIncome());
        }).toList();
    }

    /**
     * A year's plan in figures: its status, the project costs of its begroting and its income. What was realised
     * is not recorded yet (it comes with closing the year).
     */
    public record Budget(int year, JaarplanStatus status, BigDecimal projectCosts, BigDecimal income) {
    }
}
