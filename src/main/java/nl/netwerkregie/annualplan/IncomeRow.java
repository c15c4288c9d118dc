package nl.netwerkregie.annualplan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** An income line as stored (table {@code jaarplan_income}). */
@Embeddable
class IncomeRow {

    @Enumerated(EnumType.STRING)
    private IncomeKind kind;
    private String label;
    private BigDecimal amount;

    protected IncomeRow() {
    }

    IncomeRow(IncomeLine line) {
        this.kind = line.kind();
        this.label = line.label();
        this.amount = line.amount();
    }

    IncomeLine toLine() {
        return new IncomeLine(kind, label, amount);
    }
}
