package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.time.Instant;

/** A submitted version in the list of versions. */
public record VersionInfo(int number, Instant submittedAt, String submittedBy, BigDecimal totalCosts,
        BigDecimal totalIncome) {
}
