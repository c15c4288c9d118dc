package nl.netwerkregie.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV the way Dutch Excel opens it with a double click: semicolons between fields, UTF-8 with a byte-order mark
 * (else Excel reads the accents as Windows-1252), decimals with a comma. Every export of the application uses it.
 * <p>
 * Formula-neutral: a cell that Excel would run as a formula (it starts with {@code = + - @}, a tab or a carriage
 * return; OWASP's "CSV injection") gets a leading apostrophe, so a name typed as {@code =HYPERLINK(...)} stays
 * text. Plain numbers ({@code -12,50}) are left as they are.
 */
public final class ExcelCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').build();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private ExcelCsv() {
    }

    /** Writes the rows below the header. */
    @FunctionalInterface
    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    public static byte[] write(List<String> header, Rows rows) {
        try {
            // The rows as the caller printed them, then every cell (header too) made formula-neutral.
            StringWriter raw = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(raw, FORMAT)) {
                rows.print(printer);
            }
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, FORMAT);
                    CSVParser parser = CSVParser.parse(raw.toString(), FORMAT)) {
                printer.printRecord(header.stream().map(ExcelCsv::neutral).toList());
                for (CSVRecord record : parser) {
                    printer.printRecord(record.stream().map(ExcelCsv::neutral).toList());
                }
            }
            return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as Dutch Excel reads it into a date cell ("1-12-2026"); empty for none. Never ISO. */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    /** A moment in Dutch time as Dutch Excel reads it ("1-12-2026 20:00"); empty for none. */
    public static String dateTime(java.time.Instant moment) {
        return moment == null ? "" : moment.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
    }

    /** A decimal with a comma, as Dutch Excel reads it; empty for none. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A cell read back from one of our exports: without the apostrophe that kept it from running as a formula. */
    public static String plain(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && !neutral(cell.substring(1))
                .equals(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** The cell as text Excel shows and never runs: an apostrophe before what would start a formula. */
    static String neutral(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
