package nl.netwerkregie.network;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Utrecht: volunteer organisations are exempt; fewer than {@code boundary} employees or members pay
 * {@code smallAmount}, {@code boundary} or more pay {@code largeAmount} ("de grens ligt op 20 medewerkers
 * of leden": 19 is small, 20 is large).
 */
public record SizeTierRule(int boundary, BigDecimal smallAmount, BigDecimal largeAmount) implements ContributionRule {

    @Override
    public BigDecimal contributionFor(ContributionBasis basis, BigDecimal baseAmount) {
        if (basis.volunteerOrganisation()) {
            return BigDecimal.ZERO.setScale(2);
        }
        boolean large = basis.employeesOrMembers() != null && basis.employeesOrMembers() >= boundary;
        return (large ? largeAmount : smallAmount).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal defaultBaseAmount() {
        return smallAmount;
    }
}
