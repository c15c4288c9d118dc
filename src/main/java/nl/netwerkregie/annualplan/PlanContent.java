package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a coordinator edits in a jaarplan: the texts and the begroting's inputs. Totals are not part of
 * it; {@link Begroting} computes them.
 *
 * @param projectBudget    the amount available for projects (after salaries and overhead); costs above it warn
 * @param contributionBase the contribution base amount for the year (see {@code OrganisationService}); the
 *                         adopted plan sets it for the plan's year
 */
public record PlanContent(String title, String ambition, String goals, BigDecimal projectBudget,
        BigDecimal contributionBase, List<ThemePlan> themes, List<IncomeLine> income, List<SplitLine> split) {

    public PlanContent {
        projectBudget = Decimals.money(projectBudget);
        contributionBase = Decimals.money(contributionBase);
        themes = themes == null ? List.of() : List.copyOf(themes);
        income = income == null ? List.of() : List.copyOf(income);
        split = split == null ? List.of() : List.copyOf(split);
    }
}
