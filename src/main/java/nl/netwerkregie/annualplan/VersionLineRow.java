package nl.netwerkregie.annualplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A snapshot line as stored (table {@code jaarplan_version_line}). */
@Embeddable
class VersionLineRow {

    @Column(name = "line_key")
    private String key;
    @Column(name = "text_value")
    private String text;
    private BigDecimal amount;

    protected VersionLineRow() {
    }

    VersionLineRow(VersionLine line) {
        this.key = line.key();
        this.text = line.text();
        this.amount = line.amount();
    }

    VersionLine toLine() {
        return new VersionLine(key, text, amount);
    }
}
