package nl.netwerkregie.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A werkgroep's assignment (opdracht). Its content is in its versions; its progress in its reports. */
@Entity
@Table(name = "werkgroep_assignment")
public class Assignment {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long werkgroepId;
    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;
    private String chaseUpNote;
    private Instant chasedUpAt;
    private Instant createdAt;
    private Instant closedAt;
    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(long werkgroepId, Instant now) {
        this.werkgroepId = werkgroepId;
        this.status = AssignmentStatus.BOARD_DECISION;
        this.createdAt = now;
    }

    void status(AssignmentStatus newStatus) {
        this.status = newStatus;
    }

    void chasedUp(String note, Instant at) {
        this.chaseUpNote = note;
        this.chasedUpAt = at;
    }

    void close(Instant at) {
        this.status = AssignmentStatus.CLOSED;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getWerkgroepId() {
        return werkgroepId;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getChaseUpNote() {
        return chaseUpNote;
    }

    public Instant getChasedUpAt() {
        return chasedUpAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
