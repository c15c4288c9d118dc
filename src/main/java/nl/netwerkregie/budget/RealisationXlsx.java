package nl.netwerkregie.budget;

import static nl.netwerkregie.shared.xlsx.XlsxCells.header;
import static nl.netwerkregie.shared.xlsx.XlsxCells.money;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A year's realisation as an Excel workbook (fastexcel, ADR 0005). Sheet one holds the entries in the columns
 * {@link RealisationXlsxImport} reads back (kind, date, amount, description, theme, assignment, werkgroep, income
 * line); the others the figures per theme, per assignment and of the income. Texts are written as text cells, never
 * as formulas, whatever they start with; amounts as numbers, so Excel can sum them.
 */
public final class RealisationXlsx {

    static final List<String> ENTRY_COLUMNS = List.of("kind", "date", "amount", "description", "theme",
            "assignment", "werkgroep", "incomeLine");

    private RealisationXlsx() {
    }

    /**
     * @param werkgroepOf the werkgroep name per assignment id (shown beside the id; not read back)
     * @param text        translates a key into the reader's language
     */
    public static byte[] write(YearRealisation year, List<EntryRow> entries, Map<Long, String> werkgroepOf,
            Function<String, String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Netwerkregie", "1.0");
            writeEntries(workbook.newWorksheet(text.apply("budget.xlsx.entriesSheet")), entries, werkgroepOf, text);
            writeThemes(workbook.newWorksheet(text.apply("budget.xlsx.themesSheet")), year, text);
            writeAssignments(workbook.newWorksheet(text.apply("budget.xlsx.assignmentsSheet")), year, text);
            writeIncome(workbook.newWorksheet(text.apply("budget.xlsx.incomeSheet")), year, text);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeEntries(Worksheet sheet, List<EntryRow> entries, Map<Long, String> werkgroepOf,
            Function<String, String> text) {
        header(sheet, ENTRY_COLUMNS.stream().map(k -> text.apply("budget.entry." + k)).toList());
        int r = 1;
        for (EntryRow e : entries) {
            sheet.value(r, 0, text.apply("budget.kind." + e.kind()));
            sheet.value(r, 1, e.date());
            sheet.style(r, 1).format("dd-mm-yyyy").set();
            money(sheet, r, 2, e.amount());
            sheet.value(r, 3, e.description());
            sheet.value(r, 4, e.theme());
            if (e.assignmentId() != null) {
                sheet.value(r, 5, e.assignmentId());
                sheet.value(r, 6, werkgroepOf.get(e.assignmentId()));
            }
            sheet.value(r, 7, e.incomeLine());
            r++;
        }
        sheet.width(1, 12);
        sheet.width(3, 48);
        sheet.width(4, 36);
        sheet.freezePane(0, 1);
    }

    private static void writeThemes(Worksheet sheet, YearRealisation year, Function<String, String> text) {
        header(sheet, Stream.of("theme", "budgeted", "spent", "remaining", "warning")
                .map(k -> text.apply("budget.column." + k)).toList());
        int r = 1;
        for (ThemeRealisation t : year.themes()) {
            sheet.value(r, 0, t.theme());
            amounts(sheet, r, t.budgeted(), t.spent(), t.remaining());
            sheet.value(r++, 4, text.apply("budget.warning." + t.warning()));
        }
        sheet.value(r, 0, text.apply("budget.total"));
        sheet.style(r, 0).bold().set();
        amounts(sheet, r, year.budgetedCosts(), year.spent(), year.remaining());
        sheet.width(0, 40);
    }

    private static void writeAssignments(Worksheet sheet, YearRealisation year, Function<String, String> text) {
        header(sheet, Stream.of("werkgroep", "doel", "theme", "budgeted", "spent", "remaining", "reportedUsed",
                "recordedSpent", "difference").map(k -> text.apply("budget.column." + k)).toList());
        int r = 1;
        for (AssignmentRealisation a : year.assignments()) {
            sheet.value(r, 0, a.werkgroepName());
            sheet.value(r, 1, a.doel());
            sheet.value(r, 2, a.theme());
            money(sheet, r, 3, a.budgeted());
            money(sheet, r, 4, a.spent());
            money(sheet, r, 5, a.remaining());
            money(sheet, r, 6, a.reportedUsed());
            money(sheet, r, 7, a.recordedSpent());
            money(sheet, r++, 8, a.difference());
        }
        sheet.width(1, 48);
    }

    private static void writeIncome(Worksheet sheet, YearRealisation year, Function<String, String> text) {
        header(sheet, Stream.of("incomeLine", "budgeted", "received").map(k -> text.apply("budget.column." + k))
                .toList());
        int r = 1;
        for (IncomeRealisation line : year.income()) {
            String kind = text.apply("jaarplan.income." + line.kind());
            sheet.value(r, 0, line.label() == null ? kind : kind + ": " + line.label());
            money(sheet, r, 1, line.budgeted());
            money(sheet, r++, 2, line.received());
        }
        sheet.value(r, 0, text.apply("budget.total"));
        sheet.style(r, 0).bold().set();
        money(sheet, r, 1, year.budgetedIncome());
        money(sheet, r, 2, year.received());
        sheet.width(0, 56);
    }

    private static void amounts(Worksheet sheet, int r, BigDecimal budgeted, BigDecimal spent, BigDecimal remaining) {
        money(sheet, r, 1, budgeted);
        money(sheet, r, 2, spent);
        money(sheet, r, 3, remaining);
    }
}
