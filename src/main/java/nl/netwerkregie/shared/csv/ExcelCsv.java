package nl.netwerkregie.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way Dutch Excel opens it with a double click: semicolons between fields, UTF-8 with a byte-order mark
 * (else Excel reads the accents as Windows-1252), decimals with a comma. Every export of the application uses it.
 */
public final class ExcelCsv {

    private ExcelCsv() {
    }

    /** Writes the rows below the header. */
    @FunctionalInterface
    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    public static byte[] write(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A decimal with a comma, as Dutch Excel reads it; empty for none. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
