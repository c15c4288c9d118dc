package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * What changed between two versions at one place in the plan: a text, an amount, or a line added or removed.
 * For a line only in the newer version the old values are null, and the other way round.
 *
 * @param key   the stored line's key (see {@link PlanVersions#lines})
 * @param place the same place, in parts a reader can be shown
 */
public record VersionChange(String key, VersionPlace place, String oldText, String newText, BigDecimal oldAmount,
        BigDecimal newAmount) {

    public boolean added() {
        return oldText == null && oldAmount == null;
    }

    public boolean removed() {
        return newText == null && newAmount == null;
    }
}
