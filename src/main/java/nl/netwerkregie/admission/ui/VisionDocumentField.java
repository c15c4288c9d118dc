package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;

/**
 * The application form's vision document: the upload and its message. The file goes to a temporary file as it
 * arrives (issue 17: an open form no longer keeps up to 16 MB in the heap until it is sent); it is read once, when
 * the form is sent, and deleted when replaced, removed, sent or when the page goes away.
 */
class VisionDocumentField extends VerticalLayout {

    /** Larger documents are refused at the field; a vision document is a few pages. */
    static final int MAX_DOCUMENT_BYTES = DocumentService.MAX_BYTES;

    final Upload upload;
    final Span message = new Span();
    private File received;
    private String fileName;
    private String contentType;

    VisionDocumentField() {
        setPadding(false);
        setSpacing(false);
        upload = nl.netwerkregie.shared.ui.DocumentUploads.pdfOrWord("apply-vision-upload", this::receive);
        upload.addFileRemovedListener(e -> {
            forget();
            message.setText("");
        });
        String tooLarge = getTranslation("admission.apply.documentTooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024));
        String wrongType = getTranslation("admission.apply.documentWrongType");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admission.apply.uploadButton"))
                .setMany(getTranslation("admission.apply.uploadButton")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admission.apply.dropHere"))
                .setMany(getTranslation("admission.apply.dropHere")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType)
                .setTooManyFiles(getTranslation("admission.apply.oneDocument")));
        upload.setI18n(i18n);
        // The browser checks size and type and reports a refusal with the message above (or, unlocalised,
        // Vaadin's English default "File is Too Big."); either way the user reads ours.
        upload.addFileRejectedListener(e -> show(
                tooLarge.equals(e.getErrorMessage()) || String.valueOf(e.getErrorMessage()).toLowerCase().contains("big")
                        ? tooLarge : wrongType, true));
        message.setId("apply-vision-message");
        add(upload, message);
    }

    /** A file arrived in a temporary file (the upload's own request, under the UI's lock). */
    void receive(String name, String type, File file) {
        forget();
        received = file;
        fileName = name;
        contentType = type;
        show(getTranslation("admission.apply.documentReceived", name), false);
    }

    /** The received file's name, or null. */
    String fileName() {
        return received == null ? null : fileName;
    }

    /** The received document, read from its temporary file, or null when none was sent. */
    UploadedDocument document() {
        if (received == null) {
            return null;
        }
        try {
            return new UploadedDocument(fileName, contentType, Files.readAllBytes(received.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file: the form was sent, or the file removed or replaced. */
    void forget() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.toPath());
            } catch (IOException e) {
                // The operating system's temp cleaning takes what could not be deleted now.
                received.deleteOnExit();
            }
        }
        received = null;
        fileName = null;
    }

    void show(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forget();
        super.onDetach(detachEvent);
    }
}
