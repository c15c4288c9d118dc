package nl.netwerkregie.shared.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<StoredDocument, Long> {

    /** Lists without loading the contents. */
    @Query("select new nl.netwerkregie.shared.document.DocumentInfo(d.id, d.kind, d.fileName, d.contentType, d.sizeBytes,"
            + " d.uploadedAt, d.uploadedBy) from StoredDocument d where d.ownerType = ?1 and d.ownerId = ?2 order by d.uploadedAt")
    List<DocumentInfo> findInfoByOwner(String ownerType, String ownerId);
}
