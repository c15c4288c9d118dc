package nl.netwerkregie.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A document is what its bytes are (Tika), and its name must agree. */
class DocumentContentTypeTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsAPdf() {
        assertThat(DocumentContentType.allowed("visie.PDF", PDF)).contains(DocumentContentType.PDF);
    }

    @Test
    void aWordDocumentIsWord() throws IOException {
        assertThat(DocumentContentType.allowed("visie.docx", zip("[Content_Types].xml", "word/document.xml")))
                .contains(DocumentContentType.DOCX);
        // Not every writer puts [Content_Types].xml first; Word's main part decides.
        assertThat(DocumentContentType.allowed("visie.docx", zip("word/document.xml"))).contains(DocumentContentType.DOCX);
    }

    @Test
    void aProgramNamedPdfIsRefused() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(DocumentContentType.allowed("visie.pdf", exe)).isEmpty();
    }

    @Test
    void htmlBytesOrUnknownBytesNamedPdfAreRefused() {
        assertThat(DocumentContentType.allowed("visie.pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentContentType.allowed("visie.pdf", new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void contentAndNameMustAgree() throws IOException {
        assertThat(DocumentContentType.allowed("visie.docx", PDF)).isEmpty();
        assertThat(DocumentContentType.allowed("visie.pdf", zip("[Content_Types].xml", "word/document.xml"))).isEmpty();
        assertThat(DocumentContentType.allowed("archief.docx", zip("foto.jpg"))).isEmpty();
        assertThat(DocumentContentType.allowed("visie.exe", PDF)).isEmpty();
        assertThat(DocumentContentType.allowed(null, PDF)).isEmpty();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
