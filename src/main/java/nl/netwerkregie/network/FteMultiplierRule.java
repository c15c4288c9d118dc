package nl.netwerkregie.network;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Twente: volunteer organisations are exempt; organisations with more than {@code fteThreshold} fte pay
 * {@code largeMultiplier} times the base amount, the others the base amount. Exactly 100 fte is not
 * "more than 100", so it pays the base amount.
 */
public record FteMultiplierRule(BigDecimal fteThreshold, int largeMultiplier, BigDecimal defaultBaseAmount)
        implements ContributionRule {

    @Override
    public BigDecimal contributionFor(ContributionBasis basis, BigDecimal baseAmount) {
        if (basis.volunteerOrganisation()) {
            return BigDecimal.ZERO.setScale(2);
        }
        boolean large = basis.fte() != null && basis.fte().compareTo(fteThreshold) > 0;
        BigDecimal amount = large ? baseAmount.multiply(BigDecimal.valueOf(largeMultiplier)) : baseAmount;
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
