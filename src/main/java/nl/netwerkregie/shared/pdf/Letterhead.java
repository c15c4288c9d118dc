package nl.netwerkregie.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Every page of our PDFs (issue 16): the network's name at the top, "Pagina 2" at the bottom, so a printed
 * decision or life story says whose it is and in what order its pages go. The document's title and language
 * are set for screen readers and document lists.
 */
public final class Letterhead extends PdfPageEventHelper {

    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final String networkName;
    private final String pageLabel;

    /** @param pageLabel the word for "page" in the reader's language ("Pagina", "Page") */
    private Letterhead(String networkName, String pageLabel) {
        this.networkName = networkName;
        this.pageLabel = pageLabel;
    }

    /** Puts the letterhead on every page of the document and sets its title and language; before it opens. */
    public static void apply(PdfWriter writer, Document document, String networkName, String title,
            java.util.Locale locale, String pageLabel) {
        writer.setPageEvent(new Letterhead(networkName, pageLabel));
        document.addTitle(title);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                new com.lowagie.text.pdf.PdfString(locale.getLanguage()));
        document.addCreator("Netwerkregie");
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(networkName + " – Netwerkregie", SMALL), document.left(), document.top() + 20, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase(pageLabel + " " + writer.getPageNumber(), SMALL), document.right(),
                document.bottom() - 20, 0);
    }
}
