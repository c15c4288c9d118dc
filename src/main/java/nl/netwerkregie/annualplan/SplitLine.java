package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * The part of the project costs one sub-network bears: an amount, or a fraction of the total project costs
 * (Twente 2025: 3/5 and 2/5). Exactly one of the two is given.
 */
public record SplitLine(String subNetwork, BigDecimal amount, BigDecimal fraction) {

    public SplitLine {
        amount = Decimals.money(amount);
        fraction = Decimals.ratio(fraction);
    }
}
