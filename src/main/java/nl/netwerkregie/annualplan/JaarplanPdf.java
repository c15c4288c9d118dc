package nl.netwerkregie.annualplan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;

/** The plan and its begroting as a PDF (OpenPDF): texts, themes with their items and totals, income, split. */
final class JaarplanPdf {

    private final TranslationProvider translations;
    private final Locale locale;
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private final Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);

    JaarplanPdf(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    byte[] write(JaarplanView plan) {
        PlanContent content = plan.content();
        Begroting begroting = plan.begroting();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(t("jaarplan.pdf.title", String.valueOf(plan.year()), content.title()), title));
        document.add(new Paragraph(t("jaarplan.pdf.status", t("jaarplan.status." + plan.status()),
                String.valueOf(plan.submittedVersions())), normal));
        section(document, t("jaarplan.field.ambition"), content.ambition());
        section(document, t("jaarplan.field.goals"), content.goals());
        int n = 1;
        for (ThemePlan theme : content.themes()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("jaarplan.pdf.theme", String.valueOf(n++), theme.name()), heading));
            section(document, t("jaarplan.field.aims"), theme.aims());
            section(document, t("jaarplan.field.activities"), theme.activities());
            PdfPTable table = new PdfPTable(new float[] {6, 2, 1.2f, 1.2f, 2});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (String h : new String[] {t("jaarplan.item.description"), t("jaarplan.item.unitCost"),
                    t("jaarplan.item.count"), t("jaarplan.item.participants"), t("jaarplan.item.total")}) {
                table.addCell(new Paragraph(h, bold));
            }
            for (CostItem item : theme.items()) {
                table.addCell(new Paragraph(item.description(), normal));
                if (item.isPercentage()) {
                    PdfPCell cell = new PdfPCell(new Paragraph(item.percentage().stripTrailingZeros().toPlainString()
                            + "% " + t("jaarplan.base." + item.percentageOf()), normal));
                    cell.setColspan(3);
                    table.addCell(cell);
                } else {
                    table.addCell(amountCell(item.unitCost()));
                    table.addCell(numberCell(item.count()));
                    table.addCell(numberCell(item.participants()));
                }
                table.addCell(amountCell(begroting.itemTotal(item)));
            }
            PdfPCell label = new PdfPCell(new Paragraph(t("jaarplan.themeTotal"), bold));
            label.setColspan(4);
            table.addCell(label);
            table.addCell(amountCell(begroting.themeTotal(theme), bold));
            document.add(table);
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t("jaarplan.section.income"), heading));
        PdfPTable income = new PdfPTable(new float[] {8, 2});
        income.setWidthPercentage(100);
        for (IncomeLine line : content.income()) {
            income.addCell(new Paragraph(t("jaarplan.income." + line.kind()) + ": " + line.label(), normal));
            income.addCell(amountCell(line.amount()));
        }
        income.addCell(new Paragraph(t("jaarplan.totalIncome"), bold));
        income.addCell(amountCell(begroting.totalIncome(), bold));
        document.add(income);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t("jaarplan.section.totals"), heading));
        PdfPTable totals = new PdfPTable(new float[] {8, 2});
        totals.setWidthPercentage(100);
        for (ThemePlan theme : content.themes()) {
            totals.addCell(new Paragraph(theme.name(), normal));
            totals.addCell(amountCell(begroting.themeTotal(theme)));
        }
        totals.addCell(new Paragraph(t("jaarplan.totalCosts"), bold));
        totals.addCell(amountCell(begroting.totalCosts(), bold));
        if (content.projectBudget() != null) {
            totals.addCell(new Paragraph(t("jaarplan.field.projectBudget"), normal));
            totals.addCell(amountCell(content.projectBudget()));
        }
        if (content.contributionBase() != null) {
            totals.addCell(new Paragraph(t("jaarplan.field.contributionBase"), normal));
            totals.addCell(amountCell(content.contributionBase()));
        }
        document.add(totals);
        if (!content.split().isEmpty()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("jaarplan.section.split"), heading));
            PdfPTable split = new PdfPTable(new float[] {6, 2, 2});
            split.setWidthPercentage(100);
            for (SplitLine line : content.split()) {
                split.addCell(new Paragraph(line.subNetwork(), normal));
                split.addCell(new Paragraph(line.fraction() == null ? ""
                        : line.fraction().stripTrailingZeros().toPlainString(), normal));
                split.addCell(amountCell(begroting.splitAmount(line)));
            }
            document.add(split);
        }
        var warnings = begroting.warnings();
        if (!warnings.isEmpty()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("jaarplan.section.warnings"), heading));
            for (BegrotingWarning w : warnings) {
                document.add(new Paragraph("- " + t(w.key(), formatted(w.args())), normal));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", bold));
        p.add(new Chunk(text, normal));
        document.add(p);
    }

    private PdfPCell amountCell(BigDecimal amount) {
        return amountCell(amount, normal);
    }

    private PdfPCell amountCell(BigDecimal amount, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(euro(amount), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private PdfPCell numberCell(Integer number) {
        PdfPCell cell = new PdfPCell(new Paragraph(number == null ? "" : String.valueOf(number), normal));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private Object[] formatted(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof BigDecimal b ? euro(b) : args[i];
        }
        return out;
    }

    /** Amounts in the plan are Dutch amounts whatever the reader's language: the begroting is in euros, nl-NL. */
    private static String euro(BigDecimal amount) {
        return Formats.euro(amount, TranslationProvider.DUTCH);
    }

    private String t(String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
