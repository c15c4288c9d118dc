package nl.netwerkregie.annualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The begroting as an Excel workbook: what a coordinator's spreadsheet holds is read, the export reads back. */
class BegrotingXlsxTest {

    private static byte[] workbook(Object[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Begroting 2026");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        workbook.newWorksheet("Notities").value(0, 0, "Niet inlezen");
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void aWorkbookWithTwoBadRowsReportsBothByRowNumberAndImportsTheRest() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
                {"Thema", "Omschrijving", "Kosten per eenheid", "Aantal", "Deelnemers"},
                {"Bewustwording", "Bijeenkomsten", 200, 20, null},
                {"Bewustwording", "Catering", "veel", 20, 50},
                {"Samenwerking", "Wensenboekjes", 1.1200000000000001, 10000, null},
                {"Samenwerking", null, 100, 1, null},
                {"Participatie en ondersteuning", "Wegwijzer", "€ 1.487,50", 1, null},
                {"Participatie en ondersteuning", "Catering per persoon", 3.125, 10, null}});

        BegrotingImport.ImportResult result = BegrotingImport.read(xlsx);

        assertThat(result.errors()).extracting(BegrotingImport.RowError::row, BegrotingImport.RowError::reasonKey)
                .containsExactly(tuple(3L, "jaarplan.import.invalidUnitCost"), tuple(5L, "jaarplan.import.itemMissing"),
                        tuple(7L, "jaarplan.import.invalidUnitCost"));
        assertThat(result.items()).extracting(BegrotingImport.ImportedItem::theme, i -> i.item().description())
                .containsExactly(tuple("Bewustwording", "Bijeenkomsten"), tuple("Samenwerking", "Wensenboekjes"),
                        tuple("Participatie en ondersteuning", "Wegwijzer"));
        // Binary noise in a number cell is not a fourth decimal; a number is never a thousands separator.
        assertThat(result.items().get(1).item().unitCost()).isEqualTo(new BigDecimal("1.12"));
        assertThat(result.items().get(1).item().count()).isEqualTo(10000);
        assertThat(result.items().get(2).item().unitCost()).isEqualByComparingTo("1487.50");
    }

    @Test
    void theExportHasTheItemsAsNumbersWithTheirTotalsAndImportsAgain() throws IOException {
        PlanContent twente = TwenteJaarplan2025.content();
        byte[] xlsx = BegrotingXlsx.write(twente, key -> key);

        BegrotingImport.ImportResult back = BegrotingImport.read(xlsx);
        assertThat(back.errors()).isEmpty();
        PlanContent reimported = back.mergeInto(new PlanContent("x", null, null, twente.projectBudget(), null,
                List.of(), twente.income(), twente.split()));
        assertThat(reimported.themes()).isEqualTo(twente.themes().stream()
                .map(t -> new ThemePlan(t.name(), null, null, t.items())).toList());
        assertThat(Begroting.of(reimported).totalCosts()).isEqualTo(new BigDecimal("138800.00"));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(s -> s.getName()))
                    .containsExactly("jaarplan.xlsx.itemsSheet", "jaarplan.xlsx.totalsSheet");
            List<Row> totals = workbook.getSheet(1).orElseThrow().read();
            assertThat(totals).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("jaarplan.xlsx.totalCosts");
                assertThat(row.getCellAsNumber(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("138800"));
            });
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsReportedNotThrown() {
        byte[] broken = "PK\u0003\u0004 kapot".getBytes(StandardCharsets.ISO_8859_1);
        BegrotingImport.ImportResult result = BegrotingImport.read(broken);
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).extracting(BegrotingImport.RowError::reasonKey)
                .containsExactly("jaarplan.import.unreadable");
    }
}
