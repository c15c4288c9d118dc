package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.nio.file.Files;
import nl.netwerkregie.shared.document.DocumentService;

/**
 * The upload of one PDF or Word document (a vision document, a receipt): the file goes to a temporary file as it
 * arrives, not into the heap (issue 17), and is handed to the field under the UI's lock; when the page has gone
 * meanwhile, the file is deleted at once. What the file really is, {@link DocumentService} decides by its content.
 */
public final class DocumentUploads {

    /** What a field does with a file that arrived. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, String contentType, File file);
    }

    private DocumentUploads() {
    }

    public static Upload pdfOrWord(String id, Receiver receiver) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                ui.access(() -> receiver.receive(metadata.fileName(), metadata.contentType(), file));
            } catch (UIDetachedException pageGone) {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId(id);
        upload.setAcceptedFileTypes("application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentService.MAX_BYTES);
        return upload;
    }
}
