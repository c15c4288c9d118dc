package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * What changed between two versions at one place in the plan: a text, an amount, or a line added or removed.
 * For a line only in the newer version the old values are null, and the other way round.
 */
public record VersionChange(String key, String oldText, String newText, BigDecimal oldAmount, BigDecimal newAmount) {

    public boolean added() {
        return oldText == null && oldAmount == null;
    }

    public boolean removed() {
        return newText == null && newAmount == null;
    }
}
