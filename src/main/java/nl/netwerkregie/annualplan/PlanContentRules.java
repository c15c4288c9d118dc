package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;

/**
 * What a plan's content must be: structurally sound for every save, and complete (themes and a contribution
 * base) before it is submitted. The begroting's warnings refuse nothing; the board weighs them.
 */
final class PlanContentRules {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 500;

    private PlanContentRules() {
    }

    /** The title without surrounding spaces. @throws DomainException when empty or too long */
    static String title(String title) {
        return Texts.require(title, MAX_TITLE, "jaarplan.titleRequired");
    }

    /** Structural rules for a save. @throws DomainException naming the first thing that is wrong */
    static void validate(PlanContent content) {
        title(content.title());
        Texts.optional(content.ambition(), MAX_TEXT);
        Texts.optional(content.goals(), MAX_TEXT);
        requireMoney(content.projectBudget(), "jaarplan.field.projectBudget");
        requireMoney(content.contributionBase(), "jaarplan.field.contributionBase");
        Set<String> names = new HashSet<>();
        for (ThemePlan theme : content.themes()) {
            String name = Texts.require(theme.name(), MAX_NAME, "jaarplan.themeNameRequired");
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new DomainException("jaarplan.themeTwice", name);
            }
            Texts.optional(theme.aims(), MAX_TEXT);
            Texts.optional(theme.activities(), MAX_TEXT);
            for (CostItem item : theme.items()) {
                validate(name, item);
            }
        }
        for (IncomeLine line : content.income()) {
            String label = Texts.require(line.label(), MAX_NAME, "jaarplan.incomeLabelRequired");
            if (line.kind() == null || line.amount() == null) {
                throw new DomainException("jaarplan.incomeIncomplete", label);
            }
            requireMoney(line.amount(), label);
        }
        for (SplitLine line : content.split()) {
            validate(line);
        }
    }

    /** What a submitted version needs on top of a save: something to budget, and the base of the contribution. */
    static void requireComplete(PlanContent content) {
        if (content.themes().isEmpty()) {
            throw new DomainException("jaarplan.noThemes");
        }
        if (content.contributionBase() == null) {
            throw new DomainException("jaarplan.contributionBaseRequired");
        }
    }

    private static void validate(String theme, CostItem item) {
        String description = Texts.require(item.description(), MAX_DESCRIPTION, "jaarplan.itemDescriptionRequired");
        if (item.isPercentage()) {
            if (item.percentageOf() == null || item.percentage().signum() < 0
                    || item.percentage().compareTo(BigDecimal.valueOf(100)) > 0
                    || item.percentage().stripTrailingZeros().scale() > 6
                    || item.unitCost() != null || item.count() != null) {
                throw new DomainException("jaarplan.invalidPercentageItem", theme, description);
            }
            return;
        }
        if (item.unitCost() == null || item.count() == null || item.count() < 0
                || (item.participants() != null && item.participants() < 0)) {
            throw new DomainException("jaarplan.itemIncomplete", theme, description);
        }
        requireMoney(item.unitCost(), description);
    }

    /** A sub-network's part is an amount or a fraction of the project costs, never both. */
    private static void validate(SplitLine line) {
        String subNetwork = Texts.require(line.subNetwork(), MAX_NAME, "jaarplan.splitNameRequired");
        if ((line.amount() == null) == (line.fraction() == null)) {
            throw new DomainException("jaarplan.splitAmountOrFraction", subNetwork);
        }
        requireMoney(line.amount(), subNetwork);
        if (line.fraction() != null && (line.fraction().signum() < 0 || line.fraction().compareTo(BigDecimal.ONE) > 0
                || line.fraction().stripTrailingZeros().scale() > 6)) {
            throw new DomainException("jaarplan.invalidFraction", subNetwork);
        }
    }

    /** Whole cents, not negative, and at most twelve digits before the comma (the column's size). */
    private static void requireMoney(BigDecimal amount, String what) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 12)) {
            throw new DomainException("jaarplan.invalidAmount", what);
        }
    }
}
