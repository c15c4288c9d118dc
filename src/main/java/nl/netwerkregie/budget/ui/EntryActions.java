package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.budget.EntryRow;

/** An entry's buttons: its receipt (when it has one), and for coordinators correct and delete. */
class EntryActions extends HorizontalLayout {

    /** @param receipts the stored document of a receipt id, read when the link is followed */
    EntryActions(EntryRow row, boolean mayWrite, LongFunction<UploadedDocument> receipts, Consumer<EntryRow> edit,
            Consumer<EntryRow> delete) {
        setSpacing(false);
        if (row.receiptId() != null) {
            long id = row.receiptId();
            Anchor receipt = new Anchor(DownloadHandler.fromInputStream(e -> {
                UploadedDocument document = receipts.apply(id);
                return new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                        document.contentType(), document.content().length);
            }), getTranslation("budget.receipt"));
            receipt.setId("entry-receipt-" + row.id());
            add(receipt);
        }
        if (mayWrite) {
            Button change = new Button(getTranslation("budget.edit"), e -> edit.accept(row));
            change.setId("entry-edit-" + row.id());
            Button remove = new Button(getTranslation("budget.delete"), e -> delete.accept(row));
            remove.setId("entry-delete-" + row.id());
            for (Button button : new Button[] {change, remove}) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                add(button);
            }
        }
    }
}
