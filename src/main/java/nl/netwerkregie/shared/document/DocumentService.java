package nl.netwerkregie.shared.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.RequestSource;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.SecurityLog;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.UnicodeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps documents with their owner. Only PDF and Word (.docx) by their content ({@link DocumentContentType}), at
 * most {@link #MAX_BYTES}, with a file name that cannot reorder how it is shown. Refusals of a file's content or
 * name go to the {@link SecurityLog}.
 */
@Service
public class DocumentService {

    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The column's length (V4__documents.sql). */
    static final int MAX_FILE_NAME = 255;

    private final DocumentRepository documents;
    private final CurrentUser currentUser;
    private final Clock clock;

    DocumentService(DocumentRepository documents, CurrentUser currentUser, Clock clock) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores a document. The calling feature's service checks who may send it (an applicant may be anonymous).
     *
     * @return the document id
     */
    @Transactional
    public long store(String ownerType, String ownerId, String kind, UploadedDocument document, String uploadedBy) {
        if (document.fileName() == null || document.fileName().isBlank()) {
            throw new DomainException("document.wrongType");
        }
        byte[] content = document.content();
        if (content.length == 0) {
            throw new DomainException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (UnicodeText.hasBidiControl(document.fileName())) {
            refused(uploadedBy, "file name with a bidirectional control character");
            throw new DomainException("document.bidiName");
        }
        if (document.fileName().length() > MAX_FILE_NAME) {
            throw new DomainException("document.nameTooLong", MAX_FILE_NAME);
        }
        String detected = DocumentContentType.allowed(document.fileName(), content).orElse(null);
        if (detected == null) {
            refused(uploadedBy, "content is not what " + document.fileName() + " claims (browser said "
                    + document.contentType() + ")");
            throw new DomainException("document.wrongType");
        }
        // Stored, and later served, as what the bytes are, not as what the browser said.
        UploadedDocument checked = new UploadedDocument(document.fileName(), detected, content);
        return documents.save(new StoredDocument(ownerType, ownerId, kind, checked, uploadedBy, Instant.now(clock))).getId();
    }

    /** The documents of an owner, without content. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> of(String ownerType, String ownerId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return documents.findInfoByOwner(ownerType, ownerId);
    }

    /**
     * The documents of an owner, without content, for a reader the calling feature's service has let in (a
     * contact person reading what their own organisation sent). No role check here: the caller's is the guard.
     */
    @Transactional(readOnly = true)
    public List<DocumentInfo> ofOwnerCheckedByCaller(String ownerType, String ownerId) {
        return documents.findInfoByOwner(ownerType, ownerId);
    }

    /** One of that owner's documents with its content, for the same callers; another owner's is not found. */
    @Transactional(readOnly = true)
    public UploadedDocument contentOfOwnerCheckedByCaller(long id, String ownerType, String ownerId) {
        return documents.findById(id).filter(d -> d.belongsTo(ownerType, ownerId)).map(StoredDocument::asUpload)
                .orElseThrow(() -> new DomainException("document.notFound", String.valueOf(id)));
    }

    /** Whether an owner has a document of this kind (no role check: process steps and evidence use it). */
    @Transactional(readOnly = true)
    public boolean has(String ownerType, String ownerId, String kind) {
        return documents.findInfoByOwner(ownerType, ownerId).stream().anyMatch(d -> d.kind().equals(kind));
    }

    /** One document with its content, to download. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public UploadedDocument content(long id) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return documents.findById(id).map(StoredDocument::asUpload)
                .orElseThrow(() -> new DomainException("document.notFound", String.valueOf(id)));
    }

    private static void refused(String uploadedBy, String why) {
        SecurityLog.write(SecurityLog.Event.INPUT_REFUSED, uploadedBy, RequestSource.current(), "upload refused: " + why);
    }
}
