package nl.netwerkregie.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A member's contribution for a year as received: the amount, the day it came in, and who recorded it. */
@Entity
@Table(name = "contribution_payment")
public class ContributionPayment {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Column(name = "contribution_year")
    private Integer year;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String recordedBy;
    private Instant recordedAt;

    protected ContributionPayment() {
    }

    ContributionPayment(long organisationId, int year, BigDecimal amount, LocalDate paidOn, String recordedBy,
            Instant recordedAt) {
        this.organisationId = organisationId;
        this.year = year;
        this.amount = amount;
        this.paidOn = paidOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Integer getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
