package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * One line of a theme's project costs: either unit cost x count (x participants, when given), or a percentage
 * of another amount of the begroting. Its total is never typed: {@link Begroting#itemTotal(CostItem)}.
 *
 * @param participants optional; null multiplies by one
 * @param percentage   for a percentage item, e.g. {@code 2} for 2%; null for a unit-cost item
 * @param percentageOf for a percentage item, the amount it is a percentage of
 */
public record CostItem(String description, BigDecimal unitCost, Integer count, Integer participants,
        BigDecimal percentage, PercentageBase percentageOf) {

    public CostItem {
        unitCost = Decimals.money(unitCost);
        percentage = Decimals.ratio(percentage);
    }

    public static CostItem units(String description, String unitCost, int count, Integer participants) {
        return new CostItem(description, new BigDecimal(unitCost), count, participants, null, null);
    }

    public static CostItem percentage(String description, String percentage, PercentageBase of) {
        return new CostItem(description, null, null, null, new BigDecimal(percentage), of);
    }

    public boolean isPercentage() {
        return percentage != null;
    }
}
