package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * One representation per value, so a plan read back from the database equals the plan saved: money in cents
 * (scale 2; more decimals are kept for the validation to refuse), percentages and fractions without trailing
 * zeros.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null || amount.scale() > 2 ? amount : amount.setScale(2);
    }

    static BigDecimal ratio(BigDecimal ratio) {
        if (ratio == null) {
            return null;
        }
        BigDecimal stripped = ratio.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
