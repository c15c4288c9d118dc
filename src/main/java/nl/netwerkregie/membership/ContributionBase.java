package nl.netwerkregie.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The base contribution amount the board set for one year. */
@Entity
@Table(name = "contribution_base")
class ContributionBase {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @Column(name = "contribution_year")
    private Integer year;
    private BigDecimal amount;
    private String setBy;
    private Instant setAt;

    protected ContributionBase() {
    }

    ContributionBase(int year, BigDecimal amount, String setBy, Instant setAt) {
        this.year = year;
        this.amount = amount;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    BigDecimal amount() {
        return amount;
    }

    int year() {
        return year;
    }
}
