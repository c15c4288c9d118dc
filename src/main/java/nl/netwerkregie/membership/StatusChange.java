package nl.netwerkregie.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** One step in an organisation's status history: the new status, from when, why and who recorded it. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;
    private LocalDate effectiveDate;
    private String reason;
    private String changedBy;
    private Instant recordedAt;

    protected StatusChange() {
    }

    StatusChange(Long organisationId, OrganisationStatus status, LocalDate effectiveDate, String reason,
            String changedBy, Instant recordedAt) {
        this.organisationId = organisationId;
        this.status = status;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.recordedAt = recordedAt;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
