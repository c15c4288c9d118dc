package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.netwerkregie.annualplan.BegrotingImport;
import nl.netwerkregie.annualplan.JaarplanService;

/**
 * The begroting's import: a CSV or XLSX file whose items join the form (not yet saved), and a report of the rows
 * that could not be read.
 */
final class ImportPanel extends VerticalLayout {

    private final JaarplanService jaarplannen;
    private final PlanEditor editor;
    private final Div report = new Div();

    ImportPanel(JaarplanService jaarplannen, PlanEditor editor) {
        this.jaarplannen = jaarplannen;
        this.editor = editor;
        setPadding(false);
        // The upload arrives outside the UI's lock; the form changes under it.
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> importSpreadsheet(data))));
        upload.setId("begroting-import");
        upload.setAcceptedFileTypes("text/csv", ".csv", ExportLinks.XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.setI18n(i18n());
        report.setId("import-report");
        add(new Span(getTranslation("jaarplan.import.intro")), upload, report);
    }

    /** The imported items join their themes in the form (new themes at the end); unreadable rows are listed. */
    void importSpreadsheet(byte[] data) {
        BegrotingImport.ImportResult result = jaarplannen.importBegroting(data);
        editor.replaceThemes(result.mergeInto(editor.gather()).themes());
        report.removeAll();
        report.add(new Paragraph(getTranslation("jaarplan.import.done", result.items().size(), result.errors().size())));
        for (BegrotingImport.RowError error : result.errors()) {
            report.add(new Paragraph(getTranslation("jaarplan.import.rowError", error.row(),
                    getTranslation(error.reasonKey(), error.value()))));
        }
        for (BegrotingImport.RowError warning : result.warnings()) {
            Paragraph told = new Paragraph(getTranslation("jaarplan.import.rowError", warning.row(),
                    getTranslation(warning.reasonKey(), warning.value())));
            told.addClassName("import-warning");
            report.add(told);
        }
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("jaarplan.import.uploadButton"))
                .setMany(getTranslation("jaarplan.import.uploadButton")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("jaarplan.import.dropHere"))
                .setMany(getTranslation("jaarplan.import.dropHere")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("jaarplan.import.tooLarge"))
                .setIncorrectFileType(getTranslation("jaarplan.import.wrongType"))
                .setTooManyFiles(getTranslation("jaarplan.import.oneFile")));
        return i18n;
    }
}
