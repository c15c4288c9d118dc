package nl.netwerkregie.shared.document;

/** A file as it arrives from an upload field. */
public record UploadedDocument(String fileName, String contentType, byte[] content) {

    public UploadedDocument {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
