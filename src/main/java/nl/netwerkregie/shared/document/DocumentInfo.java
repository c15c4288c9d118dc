package nl.netwerkregie.shared.document;

import java.time.Instant;

/** A stored document without its content, for lists. */
public record DocumentInfo(long id, String kind, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
        String uploadedBy) {
}
