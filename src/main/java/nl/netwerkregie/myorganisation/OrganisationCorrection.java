package nl.netwerkregie.myorganisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A contact person's proposal to correct their organisation's details, and the coordinator's decision on it. */
@Entity
@Table(name = "organisation_correction")
class OrganisationCorrection {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private CorrectionState state;
    private String note;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    @ElementCollection
    @CollectionTable(name = "organisation_correction_change", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "position")
    private List<CorrectionChange> changes = new ArrayList<>();

    protected OrganisationCorrection() {
    }

    OrganisationCorrection(long organisationId, List<CorrectionChange> changes, String note, String proposedBy,
            Instant proposedAt) {
        this.organisationId = organisationId;
        this.changes = new ArrayList<>(changes);
        this.note = note;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.state = CorrectionState.PROPOSED;
    }

    void accept(String by, Instant at) {
        decide(CorrectionState.ACCEPTED, by, at);
    }

    void reject(String reason, String by, Instant at) {
        decide(CorrectionState.REJECTED, by, at);
        this.rejectionReason = reason;
    }

    private void decide(CorrectionState outcome, String by, Instant at) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    CorrectionState getState() {
        return state;
    }

    List<CorrectionChange> getChanges() {
        return List.copyOf(changes);
    }

    /** What the page and the task form show of it. */
    CorrectionSummary summary() {
        return new CorrectionSummary(id, organisationId, state, note, proposedBy, proposedAt, decidedBy, decidedAt,
                rejectionReason, changes.stream()
                        .map(c -> new CorrectionSummary.Change(c.field(), c.oldValue(), c.newValue())).toList());
    }
}
