package nl.netwerkregie.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What a document is, read from its bytes with Apache Tika's type detection (ADR 0013), never from the browser's
 * word or the name alone: an .exe named visie.pdf is a Windows program, and is refused. Only PDF and Word (.docx),
 * whose name must say what the content is, so the file opens as what it claims to be.
 */
final class DocumentContentType {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The content type Tika reads from the bytes alone for a Word document: an Office Open XML zip, or a zip. */
    private static final Set<String> DOCX_CONTAINERS = Set.of("application/x-tika-ooxml",
            "application/zip", DOCX);
    private static final Map<String, String> EXTENSIONS = Map.of(".pdf", PDF, ".docx", DOCX);
    private static final Tika TIKA = new Tika();
    /** A Word document has a dozen parts; a zip with thousands before word/document.xml is not worth reading. */
    private static final int MAX_ENTRIES_LOOKED_AT = 200;

    private DocumentContentType() {
    }

    /** The type of the content when it is an allowed one and the name's extension agrees; else empty. */
    static Optional<String> allowed(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String claimed = EXTENSIONS.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (claimed == null) {
            return Optional.empty();
        }
        // By the bytes alone first: with the name, Tika falls back to the extension for bytes it cannot place.
        String byContent = TIKA.detect(content);
        if (PDF.equals(claimed)) {
            return PDF.equals(byContent) ? Optional.of(PDF) : Optional.empty();
        }
        // Tika's core reads a .docx as an Office Open XML zip; a zip is Word when it holds Word's main part.
        return DOCX_CONTAINERS.contains(byContent) && holdsWordDocument(content) ? Optional.of(DOCX) : Optional.empty();
    }

    /** Whether the zip has word/document.xml among its first entries (only names are read, nothing is unpacked). */
    private static boolean holdsWordDocument(byte[] zip) {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (int i = 0; i < MAX_ENTRIES_LOOKED_AT; i++) {
                ZipEntry entry = entries.getNextEntry();
                if (entry == null) {
                    return false;
                }
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
