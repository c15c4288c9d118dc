package nl.netwerkregie.shared.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps documents with their owner. Only PDF and Word (.docx), at most {@link #MAX_BYTES}. */
@Service
public class DocumentService {

    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Set<String> ALLOWED_EXTENSIONS = Set.of(".pdf", ".docx");

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
        if (document.content().length == 0) {
            throw new DomainException("document.empty");
        }
        if (document.content().length > MAX_BYTES) {
            throw new DomainException("document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = document.fileName() == null ? "" : document.fileName().toLowerCase(Locale.ROOT);
        if (ALLOWED_EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new DomainException("document.wrongType");
        }
        return documents.save(new StoredDocument(ownerType, ownerId, kind, document, uploadedBy, Instant.now(clock))).getId();
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
}
