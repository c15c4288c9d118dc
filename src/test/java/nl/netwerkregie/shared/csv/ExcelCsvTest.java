package nl.netwerkregie.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every export is Excel's CSV, and no cell of it runs as a formula when the file is opened. */
class ExcelCsvTest {

    @Test
    void cellsThatWouldRunAsAFormulaStayText() {
        String csv = new String(ExcelCsv.write(List.of("Naam", "=kop"), printer -> {
            printer.printRecord("=HYPERLINK(\"http://x\";\"klik\")", "+31 6 1234");
            printer.printRecord("-2+3", "@SUM(A1)");
            printer.printRecord("\tverborgen", "\rterug");
        }), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFNaam;'=kop\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";'+31 6 1234\r\n");
        assertThat(csv).contains("'-2+3;'@SUM(A1)\r\n");
        assertThat(csv).contains("'\tverborgen;\"'\rterug\"\r\n");
    }

    @Test
    void ordinaryCellsNumbersAndEmptyCellsAreAsPrinted() {
        String csv = new String(ExcelCsv.write(List.of("Naam", "Bedrag", "Leeg"), printer -> {
            printer.printRecord("Hospice Demeter; Zeist", ExcelCsv.decimal(new BigDecimal("-12.50")), null);
            printer.printRecord("Hëlène", 7, "");
        }), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFNaam;Bedrag;Leeg\r\n\"Hospice Demeter; Zeist\";-12,50;\r\nHëlène;7;\r\n");
    }

    @Test
    void aNeutralisedCellReadsBackAsTyped() {
        assertThat(ExcelCsv.plain(ExcelCsv.neutral("- vervoer"))).isEqualTo("- vervoer");
        assertThat(ExcelCsv.plain("'t Hofje")).isEqualTo("'t Hofje");
        assertThat(ExcelCsv.plain("-12,50")).isEqualTo("-12,50");
    }
}
