package nl.netwerkregie.annualplan;

import static nl.netwerkregie.shared.xlsx.XlsxCells.header;
import static nl.netwerkregie.shared.xlsx.XlsxCells.money;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The begroting as an Excel workbook (fastexcel, ADR 0005), in and out. Out: a sheet with the cost items in the
 * columns the import reads (amounts as numbers, so Excel can sum them) and a sheet with the totals. In: the first
 * sheet, its rows read by {@link BegrotingImport}.
 */
public final class BegrotingXlsx {


    private BegrotingXlsx() {
    }

    /** Whether the bytes are a zip archive, as every .xlsx file is (a CSV never starts with "PK"). */
    static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(bytes);
    }

    public static BegrotingImport.ImportResult read(byte[] bytes) {
        List<BegrotingImport.Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> rows.add(new BegrotingImport.Row(row.getRowNum(), cells(row))));
        } catch (IOException | RuntimeException e) {
            return new BegrotingImport.ImportResult(List.of(),
                    List.of(new BegrotingImport.RowError(0, "jaarplan.import.unreadable", String.valueOf(e.getMessage()))));
        }
        return BegrotingImport.fromRows(rows);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /**
     * A cell as the importer reads text. Numbers (also a formula's last result) are written with a decimal comma,
     * which the importer cannot mistake for a thousands separator; binary noise such as 1.1200000000000001 is
     * rounded away at 10 decimals.
     */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        BigDecimal number = switch (cell.getType()) {
            case NUMBER -> cell.asNumber();
            case FORMULA -> parse(cell.getRawValue());
            default -> null;
        };
        if (number != null) {
            return number.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static BigDecimal parse(String raw) {
        try {
            return raw == null ? null : new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The workbook: sheet one the cost items (the first seven columns import again), sheet two the totals.
     *
     * @param text translates a key into the reader's language
     */
    public static byte[] write(PlanContent content, Function<String, String> text) {
        Begroting begroting = Begroting.of(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Netwerkregie", "1.0");
            writeItems(workbook.newWorksheet(text.apply("jaarplan.xlsx.itemsSheet")), content, begroting, text);
            writeTotals(workbook.newWorksheet(text.apply("jaarplan.xlsx.totalsSheet")), content, begroting, text);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeItems(Worksheet sheet, PlanContent content, Begroting begroting,
            Function<String, String> text) {
        List<String> header = Stream.of("theme", "description", "unitCost", "count", "participants", "percentage",
                "percentageOf", "total").map(k -> text.apply("jaarplan.item." + k)).toList();
        header(sheet, header);
        int r = 1;
        for (ThemePlan theme : content.themes()) {
            for (CostItem item : theme.items()) {
                sheet.value(r, 0, theme.name());
                sheet.value(r, 1, item.description());
                money(sheet, r, 2, item.unitCost());
                sheet.value(r, 3, item.count());
                sheet.value(r, 4, item.participants());
                sheet.value(r, 5, item.percentage() == null ? null : item.percentage().stripTrailingZeros());
                sheet.value(r, 6, item.percentageOf() == null ? null : item.percentageOf().name());
                money(sheet, r, 7, begroting.itemTotal(item));
                r++;
            }
        }
        sheet.width(0, 36);
        sheet.width(1, 48);
        sheet.freezePane(0, 1);
    }

    private static void writeTotals(Worksheet sheet, PlanContent content, Begroting begroting,
            Function<String, String> text) {
        header(sheet, List.of(text.apply("jaarplan.section.themes"), text.apply("jaarplan.item.total")));
        int r = 1;
        for (ThemePlan theme : content.themes()) {
            sheet.value(r, 0, theme.name());
            money(sheet, r++, 1, begroting.themeTotal(theme));
        }
        r = labelled(sheet, r, text.apply("jaarplan.xlsx.totalCosts"), begroting.totalCosts());
        r = labelled(sheet, r, text.apply("jaarplan.field.projectBudget"), content.projectBudget()) + 1;
        sheet.value(r, 0, text.apply("jaarplan.section.income"));
        sheet.style(r++, 0).bold().set();
        for (IncomeLine line : content.income()) {
            sheet.value(r, 0, text.apply("jaarplan.income." + line.kind()) + ": " + line.label());
            money(sheet, r++, 1, line.amount());
        }
        r = labelled(sheet, r, text.apply("jaarplan.xlsx.totalIncome"), begroting.totalIncome()) + 1;
        sheet.value(r, 0, text.apply("jaarplan.section.split"));
        sheet.style(r++, 0).bold().set();
        for (SplitLine line : content.split()) {
            sheet.value(r, 0, line.subNetwork());
            money(sheet, r++, 1, begroting.splitAmount(line));
        }
        sheet.width(0, 48);
        sheet.width(1, 16);
    }

    private static int labelled(Worksheet sheet, int r, String label, BigDecimal amount) {
        sheet.value(r, 0, label);
        sheet.style(r, 0).bold().set();
        money(sheet, r, 1, amount);
        return r + 1;
    }
}
