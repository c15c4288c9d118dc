package nl.netwerkregie.annualreport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkregie.shared.DomainException;
import org.hibernate.annotations.TenantId;

/**
 * A year's jaarverslag: the coordinators' texts per section, and from its submission the figures as they were
 * submitted. Several coordinators may edit a draft; {@link #version} refuses a save based on a state someone
 * else changed meanwhile.
 */
@Entity
@Table(name = "jaarverslag")
class Jaarverslag {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private JaarverslagStatus status;
    private int submittedVersions;
    private String submittedFigures;
    private String boardRemarks;
    private Long decisionId;
    private Instant adoptedAt;
    private byte[] adoptedPdf;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "jaarverslag_text", joinColumns = @JoinColumn(name = "jaarverslag_id"))
    @MapKeyColumn(name = "section")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "text")
    private Map<Section, String> texts = new HashMap<>();

    protected Jaarverslag() {
    }

    Jaarverslag(int year, String by, Instant at) {
        this.year = year;
        this.status = JaarverslagStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void replaceTexts(Map<Section, String> newTexts, String by, Instant at) {
        requireEditable();
        texts.clear();
        newTexts.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                texts.put(section, text.strip());
            }
        });
        touch(by, at);
    }

    /** Submitted with the figures as compiled now, as JSON. @return the number of this submission */
    int submit(String figuresJson, String by, Instant at) {
        requireEditable();
        status = JaarverslagStatus.SUBMITTED;
        submittedFigures = figuresJson;
        submittedVersions++;
        touch(by, at);
        return submittedVersions;
    }

    void putToBoard(long decision, String by, Instant at) {
        decisionId = decision;
        touch(by, at);
    }

    void returnForRevision(String remarks, String by, Instant at) {
        status = JaarverslagStatus.REVISION;
        boardRemarks = remarks;
        touch(by, at);
    }

    /** Adopted: frozen with the PDF of what the board adopted. */
    void adopt(byte[] pdf, String by, Instant at) {
        status = JaarverslagStatus.ADOPTED;
        adoptedPdf = pdf.clone();
        adoptedAt = at;
        touch(by, at);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new DomainException(status == JaarverslagStatus.ADOPTED ? "jaarverslag.frozen"
                    : "jaarverslag.notEditable", String.valueOf(year));
        }
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    JaarverslagStatus getStatus() {
        return status;
    }

    int getSubmittedVersions() {
        return submittedVersions;
    }

    String getSubmittedFigures() {
        return submittedFigures;
    }

    String getBoardRemarks() {
        return boardRemarks;
    }

    Long getDecisionId() {
        return decisionId;
    }

    Instant getAdoptedAt() {
        return adoptedAt;
    }

    byte[] getAdoptedPdf() {
        return adoptedPdf == null ? null : adoptedPdf.clone();
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    long getVersion() {
        return version;
    }

    Map<Section, String> getTexts() {
        Map<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(texts);
        return copy;
    }
}
