package nl.netwerkregie.board;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One member's vote on one decision; {@code recordedBy} differs from the member when the secretary recorded a meeting. */
@Entity
@Table(name = "board_vote")
public class Vote {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long decisionId;
    private String memberId;
    @Enumerated(EnumType.STRING)
    private VoteChoice choice;
    private String reason;
    private Instant castAt;
    private String recordedBy;

    protected Vote() {
    }

    Vote(Long decisionId, String memberId, VoteChoice choice, String reason, Instant castAt, String recordedBy) {
        this.decisionId = decisionId;
        this.memberId = memberId;
        this.choice = choice;
        this.reason = reason;
        this.castAt = castAt;
        this.recordedBy = recordedBy;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getMemberId() {
        return memberId;
    }

    public VoteChoice getChoice() {
        return choice;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCastAt() {
        return castAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
