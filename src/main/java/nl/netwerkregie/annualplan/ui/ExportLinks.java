package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.netwerkregie.annualplan.JaarplanExports;
import nl.netwerkregie.annualplan.JaarplanView;

/**
 * The plan's downloads: PDF, Excel and CSV. {@link JaarplanExports} makes the bytes when the link is followed;
 * this only hands them over under a file name.
 */
final class ExportLinks extends HorizontalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final JaarplanView plan;
    private final Locale locale;

    ExportLinks(JaarplanExports exports, JaarplanView plan) {
        this.plan = plan;
        // The reader's language when the page opened; the download runs outside the UI.
        this.locale = getLocale();
        add(link("export-pdf", "jaarplan.exportPdf", "pdf", "application/pdf", exports::pdf),
                link("export-xlsx", "jaarplan.exportXlsx", "xlsx", XLSX, exports::xlsx),
                link("export-csv", "jaarplan.exportCsv", "csv", "text/csv", exports::csv));
    }

    private Anchor link(String id, String labelKey, String extension, String contentType,
            BiFunction<Long, Locale, byte[]> export) {
        long planId = plan.id();
        String fileName = JaarplanExports.fileName(plan, extension);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = export.apply(planId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), getTranslation(labelKey));
        link.setId(id);
        return link;
    }
}
