package nl.netwerkregie.membership;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life story as a PDF (OpenPDF), in the reader's language. */
@Service
public class LifeStoryExport {

    private final LifeStoryService lifeStories;
    private final OrganisationService organisations;
    private final TranslationProvider translations;

    private final nl.netwerkregie.network.NetworkRules rules;

    LifeStoryExport(LifeStoryService lifeStories, OrganisationService organisations, TranslationProvider translations,
            nl.netwerkregie.network.NetworkRules rules) {
        this.rules = rules;
        this.lifeStories = lifeStories;
        this.organisations = organisations;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long organisationId, Locale locale) {
        var events = lifeStories.lifeStory(organisationId);
        Organisation o = organisations.get(organisationId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        nl.netwerkregie.shared.pdf.Letterhead.apply(PdfWriter.getInstance(document, out), document,
                rules.current().name(), translations.translate(locale, "lifestory.title") + ": " + o.getName(), locale,
                translations.translate(locale, "pdf.page"));
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph(translations.translate(locale, "lifestory.title") + ": " + o.getName(), title));
        document.add(new Paragraph(translations.translate(locale, "organisation.status." + o.getStatus().name()), normal));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {2, 4, 6});
        table.setWidthPercentage(100);
        for (String header : new String[] {"history.date", "lifestory.what", "history.reason"}) {
            table.addCell(new Paragraph(translations.translate(locale, header), bold));
        }
        for (LifeEvent e : events) {
            table.addCell(new Paragraph(Formats.date(e.when(), locale), normal));
            table.addCell(new Paragraph(translations.translate(locale, e.whatKey(), e.whatArgs(locale)), normal));
            table.addCell(new Paragraph(e.detail() == null ? "" : e.detail(), normal));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
