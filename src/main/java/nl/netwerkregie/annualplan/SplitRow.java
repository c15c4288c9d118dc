package nl.netwerkregie.annualplan;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A sub-network's part of the project costs as stored (table {@code jaarplan_split}). */
@Embeddable
class SplitRow {

    private String subNetwork;
    private BigDecimal amount;
    private BigDecimal fraction;

    protected SplitRow() {
    }

    SplitRow(SplitLine line) {
        this.subNetwork = line.subNetwork();
        this.amount = line.amount();
        this.fraction = line.fraction();
    }

    SplitLine toLine() {
        return new SplitLine(subNetwork, amount, fraction);
    }
}
