package nl.netwerkregie.budget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.netwerkregie.annualplan.BegrotingImport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the entries sheet of a {@link RealisationXlsx} workbook (its first sheet) back into forms. A first row
 * whose amount is not a number is the header. A row that cannot be read is reported with its number and why; a
 * formula in a text column is refused (the export never writes one). Whether a form may be recorded is for
 * {@link EntryRules} to say.
 */
final class RealisationXlsxImport {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private RealisationXlsxImport() {
    }

    /** A row that could be read, with its row number in the sheet. */
    record ReadRow(long row, EntryForm form) {
    }

    record Read(List<ReadRow> rows, List<ImportResult.RowError> errors) {
    }

    static Read read(byte[] bytes) {
        List<ReadRow> rows = new ArrayList<>();
        List<ImportResult.RowError> errors = new ArrayList<>();
        if (bytes.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return new Read(rows, List.of(new ImportResult.RowError(0, "budget.import.notXlsx", "")));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> readRow(row, rows, errors));
        } catch (IOException | RuntimeException e) {
            return new Read(List.of(), List.of(new ImportResult.RowError(0, "budget.import.unreadable",
                    String.valueOf(e.getMessage()))));
        }
        return new Read(rows, errors);
    }

    private static void readRow(Row row, List<ReadRow> rows, List<ImportResult.RowError> errors) {
        long number = row.getRowNum();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < RealisationXlsx.ENTRY_COLUMNS.size(); i++) {
            cells.add(i < row.getCellCount() ? row.getCell(i) : null);
        }
        if (cells.stream().allMatch(c -> text(c).isEmpty())) {
            return;
        }
        BigDecimal amount = amount(cells.get(2));
        if (number == 1 && amount == null) {
            return; // the header
        }
        for (int c : new int[] {0, 3, 4, 7}) {
            if (cells.get(c) != null && cells.get(c).getType() == CellType.FORMULA) {
                errors.add(new ImportResult.RowError(number, "budget.import.formula", cells.get(c).getFormula()));
                return;
            }
        }
        EntryKind kind = kind(text(cells.get(0)));
        LocalDate date = date(cells.get(1));
        Long assignment = assignment(cells.get(5));
        if (kind == null) {
            errors.add(new ImportResult.RowError(number, "budget.import.kind", text(cells.get(0))));
        } else if (date == null) {
            errors.add(new ImportResult.RowError(number, "budget.import.date", text(cells.get(1))));
        } else if (amount == null) {
            errors.add(new ImportResult.RowError(number, "budget.import.amount", text(cells.get(2))));
        } else if (assignment == null && !text(cells.get(5)).isEmpty()) {
            errors.add(new ImportResult.RowError(number, "budget.import.assignment", text(cells.get(5))));
        } else {
            rows.add(new ReadRow(number, new EntryForm(kind, date, amount, text(cells.get(3)),
                    blankToNull(text(cells.get(4))), assignment, blankToNull(text(cells.get(7))))));
        }
    }

    /** The export writes the kind in the reader's language; either language (or the code) reads back. */
    private static EntryKind kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "uitgave", "spending" -> EntryKind.SPENDING;
            case "inkomst", "income" -> EntryKind.INCOME;
            default -> null;
        };
    }

    private static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            try {
                return cell.asDate().toLocalDate();
            } catch (RuntimeException e) {
                return null;
            }
        }
        String text = text(cell);
        for (DateTimeFormatter format : List.of(DUTCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    private static BigDecimal amount(Cell cell) {
        if (cell == null) {
            return null;
        }
        return cell.getType() == CellType.NUMBER ? cell.asNumber() : BegrotingImport.amount(text(cell));
    }

    private static Long assignment(Cell cell) {
        BigDecimal value = amount(cell);
        try {
            return value == null ? null : value.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.getType() == CellType.NUMBER ? cell.asNumber().toPlainString() : cell.getText();
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
