package nl.netwerkregie.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** What happened to a decision besides its votes, in Dutch (e.g. a member taken out of an open vote). */
@Entity
@Table(name = "board_decision_note")
public class BoardDecisionNote {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long decisionId;
    @Column(name = "content")
    private String text;
    private Instant notedAt;
    private String notedBy;

    protected BoardDecisionNote() {
    }

    BoardDecisionNote(long decisionId, String text, Instant notedAt, String notedBy) {
        this.decisionId = decisionId;
        this.text = text;
        this.notedAt = notedAt;
        this.notedBy = notedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getText() {
        return text;
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public String getNotedBy() {
        return notedBy;
    }
}
