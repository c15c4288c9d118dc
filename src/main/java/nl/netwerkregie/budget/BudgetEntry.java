package nl.netwerkregie.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * A spending or income entry of a year. Coordinators correct it; {@link #version} refuses a correction based on a
 * state another coordinator has changed meanwhile.
 */
@Entity
@Table(name = "budget_entry")
class BudgetEntry {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    @Column(name = "entry_year")
    private int year;
    private LocalDate entryDate;
    private BigDecimal amount;
    private String description;
    private String theme;
    private Long assignmentId;
    private String incomeLine;
    private Long receiptId;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected BudgetEntry() {
    }

    BudgetEntry(EntryForm checked, String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        change(checked, by, now);
    }

    /** Takes a checked form's values. */
    void change(EntryForm checked, String by, Instant now) {
        this.kind = checked.kind();
        this.entryDate = checked.date();
        this.year = checked.date().getYear();
        this.amount = checked.amount();
        this.description = checked.description();
        this.theme = checked.theme();
        this.assignmentId = checked.assignmentId();
        this.incomeLine = checked.incomeLine();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void receipt(long documentId) {
        this.receiptId = documentId;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    EntryRow row() {
        return new EntryRow(id, version, kind, entryDate, amount, description, theme, assignmentId, incomeLine,
                receiptId, updatedBy);
    }
}
