package nl.netwerkregie.annualplan;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.shared.csv.ExcelCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The begroting's cost items as CSV (Apache Commons CSV), in and out. The separator is a semicolon (Dutch
 * spreadsheets) or a comma, whichever the first line uses; the rows are read by {@link BegrotingImport}.
 */
public final class BegrotingCsv {

    private BegrotingCsv() {
    }

    public static BegrotingImport.ImportResult read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        List<BegrotingImport.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(new BegrotingImport.Row(record.getRecordNumber(),
                        record.stream().map(ExcelCsv::plain).toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            BegrotingImport.ImportResult read = BegrotingImport.fromRows(rows);
            List<BegrotingImport.RowError> errors = new ArrayList<>(read.errors());
            errors.add(new BegrotingImport.RowError(0, "jaarplan.import.unreadable", e.getMessage()));
            return new BegrotingImport.ImportResult(read.items(), errors);
        }
        return BegrotingImport.fromRows(rows);
    }

    /** The cost items of every theme with their computed totals; the first five columns import again. */
    public static byte[] write(PlanContent content, List<String> header) {
        Begroting begroting = Begroting.of(content);
        return ExcelCsv.write(header, csv -> {
            for (ThemePlan theme : content.themes()) {
                for (CostItem item : theme.items()) {
                    csv.printRecord(theme.name(), item.description(), ExcelCsv.decimal(item.unitCost()),
                            item.count() == null ? "" : item.count(),
                            item.participants() == null ? "" : item.participants(),
                            item.percentage() == null ? "" : ExcelCsv.decimal(item.percentage().stripTrailingZeros()),
                            item.percentageOf() == null ? "" : item.percentageOf().name(),
                            ExcelCsv.decimal(begroting.itemTotal(item)));
                }
            }
        });
    }
}
