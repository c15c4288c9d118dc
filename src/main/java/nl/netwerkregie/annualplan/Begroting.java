package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The begroting's arithmetic, computed from a plan's content, never typed. Amounts are {@link BigDecimal}s.
 * A line item's total is rounded to cents (half up) once, as it is presented and stored; theme totals and the
 * overall total are the sums of those line totals, so what the reader adds up is what the plan says.
 * A percentage item takes its percentage of the unrounded base (e.g. 2% of the total subsidy).
 */
public final class Begroting {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanContent content;

    private Begroting(PlanContent content) {
        this.content = content;
    }

    public static Begroting of(PlanContent content) {
        return new Begroting(content);
    }

    /** Unit cost x count x participants (participants optional), or the percentage of its base; in cents. */
    public BigDecimal itemTotal(CostItem item) {
        BigDecimal total;
        if (item.isPercentage()) {
            total = base(item.percentageOf()).multiply(item.percentage()).divide(HUNDRED);
        } else {
            BigDecimal unit = item.unitCost() == null ? BigDecimal.ZERO : item.unitCost();
            int count = item.count() == null ? 0 : item.count();
            total = unit.multiply(BigDecimal.valueOf(count));
            if (item.participants() != null) {
                total = total.multiply(BigDecimal.valueOf(item.participants()));
            }
        }
        return cents(total);
    }

    public BigDecimal themeTotal(ThemePlan theme) {
        return theme.items().stream().map(this::itemTotal).reduce(zero(), BigDecimal::add);
    }

    /** The project costs of all themes. */
    public BigDecimal totalCosts() {
        return content.themes().stream().map(this::themeTotal).reduce(zero(), BigDecimal::add);
    }

    public BigDecimal totalSubsidy() {
        return cents(sumIncome(IncomeKind.SUBSIDY));
    }

    public BigDecimal totalIncome() {
        return cents(content.income().stream().map(IncomeLine::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** A sub-network's part of the project costs: its amount, or its fraction of the total project costs. */
    public BigDecimal splitAmount(SplitLine line) {
        if (line.amount() != null) {
            return cents(line.amount());
        }
        return line.fraction() == null ? zero() : cents(totalCosts().multiply(line.fraction()));
    }

    public BigDecimal splitTotal() {
        return content.split().stream().map(this::splitAmount).reduce(zero(), BigDecimal::add);
    }

    /**
     * Whether the split adds up to the project costs. Fractions must add up to exactly one; amounts (and the
     * amounts that fractions give) to the total, to the cent.
     */
    public boolean splitAddsUp() {
        if (content.split().isEmpty()) {
            return true;
        }
        boolean onlyFractions = content.split().stream().allMatch(l -> l.amount() == null && l.fraction() != null);
        if (onlyFractions) {
            BigDecimal fractions = content.split().stream().map(SplitLine::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
            return fractions.compareTo(BigDecimal.ONE) == 0;
        }
        return splitTotal().compareTo(totalCosts()) == 0;
    }

    /** What the coordinators and the board should see before they decide; an empty list when all is well. */
    public List<BegrotingWarning> warnings() {
        List<BegrotingWarning> warnings = new ArrayList<>();
        BigDecimal costs = totalCosts();
        if (content.projectBudget() != null && costs.compareTo(content.projectBudget()) > 0) {
            warnings.add(new BegrotingWarning("jaarplan.warning.overBudget",
                    List.of(costs, cents(content.projectBudget()), costs.subtract(cents(content.projectBudget())))));
        }
        if (!splitAddsUp()) {
            warnings.add(new BegrotingWarning("jaarplan.warning.splitMismatch", List.of(splitTotal(), costs)));
        }
        for (ThemePlan theme : content.themes()) {
            if (theme.items().isEmpty()) {
                warnings.add(new BegrotingWarning("jaarplan.warning.themeWithoutItems", List.of(theme.name())));
            }
        }
        return warnings;
    }

    private BigDecimal base(PercentageBase base) {
        if (base == null) {
            return BigDecimal.ZERO;
        }
        return switch (base) {
            case TOTAL_SUBSIDY -> sumIncome(IncomeKind.SUBSIDY);
            case TOTAL_INCOME -> content.income().stream().map(IncomeLine::amount).filter(a -> a != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case PROJECT_BUDGET -> content.projectBudget() == null ? BigDecimal.ZERO : content.projectBudget();
        };
    }

    private BigDecimal sumIncome(IncomeKind kind) {
        return content.income().stream().filter(l -> l.kind() == kind).map(IncomeLine::amount)
                .filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Half up to cents: how amounts are presented and stored. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
