package nl.netwerkregie.shared.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A document and its owner (e.g. an organisation), kind (e.g. VISION) and who uploaded it when. */
@Entity
@Table(name = "stored_document")
class StoredDocument {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ownerType;
    private String ownerId;
    private String kind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    // Plain byte[] maps to VARBINARY: bytea on PostgreSQL (not a large object), VARBINARY on H2.
    @Column(nullable = false)
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected StoredDocument() {
    }

    StoredDocument(String ownerType, String ownerId, String kind, UploadedDocument document, String uploadedBy,
            Instant uploadedAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.kind = kind;
        this.fileName = document.fileName();
        this.contentType = document.contentType();
        this.content = document.content();
        this.sizeBytes = this.content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    boolean belongsTo(String type, String id) {
        return ownerType.equals(type) && ownerId.equals(id);
    }

    UploadedDocument asUpload() {
        return new UploadedDocument(fileName, contentType, content);
    }
}
