package nl.netwerkregie.selfevaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One statement of a network's instrument, in a section; a removed one stays for the record. */
@Entity
@Table(name = "self_evaluation_statement")
class Statement {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String section;
    private int position;
    private String text;
    private Instant removedAt;
    private String changedBy;
    private Instant changedAt;

    protected Statement() {
    }

    Statement(String section, int position, String text, String by, Instant at) {
        this.section = section;
        this.position = position;
        this.text = text;
        this.changedBy = by;
        this.changedAt = at;
    }

    void rename(String newText, String by, Instant at) {
        this.text = newText;
        this.changedBy = by;
        this.changedAt = at;
    }

    void moveDown() {
        position++;
    }

    void remove(String by, Instant at) {
        this.removedAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }

    Long getId() {
        return id;
    }

    String getSection() {
        return section;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    InstrumentStatement toRecord() {
        return new InstrumentStatement(id, section, text);
    }
}
