package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.shared.theme.ThemeCommitments;

/**
 * A theme's budget in the plan against what approved werkgroep assignments committed to it.
 *
 * @param budgeted  the theme's project costs in the plan; null for a theme assignments name that the plan lacks
 * @param committed the budgets of approved assignments under this theme (zero when none)
 */
public record ThemeBudget(String theme, BigDecimal budgeted, BigDecimal committed) {

    /** More committed than budgeted, or committed to a theme the plan does not have. */
    public boolean overCommitted() {
        return committed.signum() > 0 && (budgeted == null || committed.compareTo(budgeted) > 0);
    }

    public boolean inPlan() {
        return budgeted != null;
    }

    /**
     * One row per plan theme in the plan's order, then one per theme only assignments name (an empty name is
     * "without theme"). Names match without case and surrounding spaces.
     */
    public static List<ThemeBudget> compare(PlanContent content, Map<String, BigDecimal> committedPerTheme) {
        Map<String, BigDecimal> left = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        committedPerTheme.forEach((name, amount) -> {
            left.merge(ThemeCommitments.key(name), amount, BigDecimal::add);
            names.putIfAbsent(ThemeCommitments.key(name), name.strip());
        });
        Begroting begroting = Begroting.of(content);
        List<ThemeBudget> rows = new ArrayList<>();
        for (ThemePlan theme : content.themes()) {
            BigDecimal committed = left.remove(ThemeCommitments.key(theme.name()));
            rows.add(new ThemeBudget(theme.name(), begroting.themeTotal(theme),
                    Begroting.cents(committed == null ? BigDecimal.ZERO : committed)));
        }
        left.forEach((key, amount) -> rows.add(new ThemeBudget(names.get(key), null, Begroting.cents(amount))));
        return rows;
    }
}
