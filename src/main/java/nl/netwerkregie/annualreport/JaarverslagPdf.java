package nl.netwerkregie.annualreport;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.pdf.Letterhead;

/** The jaarverslag as a PDF (OpenPDF): per section the coordinators' text and the same tables as the page. */
final class JaarverslagPdf {

    private final TranslationProvider translations;
    private final Locale locale;
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private final Font text = FontFactory.getFont(FontFactory.HELVETICA, 10);

    JaarverslagPdf(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    byte[] write(JaarverslagView report) {
        YearFigures figures = report.figures();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 50, 50);
        String documentTitle = t("jaarverslag.title", String.valueOf(report.year()));
        Letterhead.apply(PdfWriter.getInstance(document, out), document, figures.networkName(), documentTitle, locale,
                t("pdf.page"));
        document.open();
        document.add(new Paragraph(documentTitle, title));
        document.add(new Paragraph(figures.networkName(), text));
        document.add(new Paragraph(t("jaarverslag.pdf.status", t("jaarverslag.status." + report.status()),
                Formats.date(figures.compiledOn(), locale)), normal));
        ReportTables tables = new ReportTables(translations, locale);
        int number = 1;
        for (Section section : Section.values()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(number++ + ". " + t("jaarverslag.section." + section), heading));
            String own = report.text(section);
            if (!own.isBlank()) {
                document.add(new Paragraph(own, text));
            }
            for (ReportTables.Table table : tables.of(section, figures)) {
                add(document, table);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void add(Document document, ReportTables.Table table) {
        if (table.rows().isEmpty()) {
            if (!table.emptyText().isBlank()) {
                document.add(new Paragraph(table.emptyText(), normal));
            }
            return;
        }
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setHeaderRows(1);
        table.headers().forEach(h -> pdf.addCell(new Paragraph(h, bold)));
        table.rows().forEach(row -> row.forEach(cell -> pdf.addCell(new Paragraph(cell, normal))));
        document.add(pdf);
    }

    private String t(String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
