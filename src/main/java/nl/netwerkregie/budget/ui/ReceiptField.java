package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.ui.DocumentUploads;

/**
 * An entry's optional receipt. The file waits in a temporary file until the entry is saved (not in the heap), and
 * goes when it is replaced, removed or the dialog closes. What it is, the document storage decides by its content.
 */
class ReceiptField extends VerticalLayout {

    final Upload upload;
    final Span message = new Span();
    private File received;
    private String fileName;
    private String contentType;

    ReceiptField() {
        setPadding(false);
        setSpacing(false);
        upload = DocumentUploads.pdfOrWord("entry-receipt", this::receive);
        upload.addFileRemovedListener(e -> forget());
        Span label = new Span(getTranslation("budget.entry.receipt"));
        Span help = new Span(getTranslation("budget.entry.receiptHelp"));
        help.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        add(label, upload, help, message);
    }

    void receive(String name, String type, File file) {
        forget();
        received = file;
        fileName = name;
        contentType = type;
        message.setText(name);
    }

    /** The file, read once when the entry is saved, or null when none was given. */
    UploadedDocument document() {
        try {
            return received == null ? null
                    : new UploadedDocument(fileName, contentType, Files.readAllBytes(received.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget() {
        if (received != null && !received.delete()) {
            received.deleteOnExit();
        }
        received = null;
        message.setText("");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forget();
        super.onDetach(detachEvent);
    }
}
