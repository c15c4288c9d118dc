package nl.netwerkregie.annualplan;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The begroting's cost items as CSV (Apache Commons CSV), in and out. Columns: theme, item, unit cost, count,
 * participants, and optionally percentage and percentage-of (as the export writes them). The separator is a
 * semicolon (Dutch spreadsheets) or a comma, whichever the first line uses. Amounts may be written the Dutch
 * way ({@code € 1.234,56}) or plainly ({@code 1234.56}). A first line whose unit cost is not a number is a
 * header. Rows that cannot be read are reported with their line number and why; the others are imported.
 */
public final class BegrotingCsv {

    private BegrotingCsv() {
    }

    /** A row that could not be read: its line number in the file and a translation key for the reason. */
    public record RowError(long row, String reasonKey, String value) {
    }

    /** One imported item, with the name of its theme. */
    public record ImportedItem(String theme, CostItem item) {
    }

    public record ImportResult(List<ImportedItem> items, List<RowError> errors) {

        /** The plan's content with the imported items appended to their themes (new themes added at the end). */
        public PlanContent mergeInto(PlanContent content) {
            Map<String, ThemePlan> themes = new LinkedHashMap<>();
            content.themes().forEach(t -> themes.put(key(t.name()), t));
            for (ImportedItem imported : items) {
                ThemePlan theme = themes.getOrDefault(key(imported.theme()),
                        new ThemePlan(imported.theme(), null, null, List.of()));
                List<CostItem> merged = new ArrayList<>(theme.items());
                merged.add(imported.item());
                themes.put(key(imported.theme()), new ThemePlan(theme.name(), theme.aims(), theme.activities(), merged));
            }
            return new PlanContent(content.title(), content.ambition(), content.goals(), content.projectBudget(),
                    content.contributionBase(), List.copyOf(themes.values()), content.income(), content.split());
        }

        private static String key(String name) {
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }
    }

    public static ImportResult read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        List<ImportedItem> items = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();
                boolean header = first && record.size() >= 3 && amount(record.get(2)) == null
                        && !record.get(2).isEmpty();
                first = false;
                if (header || isEmpty(record)) {
                    continue;
                }
                readRow(record, row, items, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(0, "jaarplan.import.unreadable", e.getMessage()));
        }
        return new ImportResult(items, errors);
    }

    private static void readRow(CSVRecord record, long row, List<ImportedItem> items, List<RowError> errors) {
        if (record.size() < 4) {
            errors.add(new RowError(row, "jaarplan.import.tooFewColumns", String.valueOf(record.size())));
            return;
        }
        String theme = record.get(0);
        String description = record.get(1);
        if (theme.isEmpty()) {
            errors.add(new RowError(row, "jaarplan.import.themeMissing", ""));
            return;
        }
        if (description.isEmpty()) {
            errors.add(new RowError(row, "jaarplan.import.itemMissing", ""));
            return;
        }
        String percentageText = record.size() > 5 ? record.get(5) : "";
        if (!percentageText.isEmpty()) {
            BigDecimal percentage = amount(percentageText.replace("%", ""));
            PercentageBase base = record.size() > 6 ? base(record.get(6)) : null;
            if (percentage == null || percentage.signum() < 0) {
                errors.add(new RowError(row, "jaarplan.import.invalidPercentage", percentageText));
            } else if (base == null) {
                errors.add(new RowError(row, "jaarplan.import.invalidBase", record.size() > 6 ? record.get(6) : ""));
            } else {
                items.add(new ImportedItem(theme, new CostItem(description, null, null, null, percentage, base)));
            }
            return;
        }
        BigDecimal unitCost = amount(record.get(2));
        if (unitCost == null || unitCost.signum() < 0 || unitCost.scale() > 2) {
            errors.add(new RowError(row, "jaarplan.import.invalidUnitCost", record.get(2)));
            return;
        }
        Integer count = whole(record.get(3));
        if (count == null) {
            errors.add(new RowError(row, "jaarplan.import.invalidCount", record.get(3)));
            return;
        }
        String participantsText = record.size() > 4 ? record.get(4) : "";
        Integer participants = participantsText.isEmpty() ? null : whole(participantsText);
        if (!participantsText.isEmpty() && participants == null) {
            errors.add(new RowError(row, "jaarplan.import.invalidParticipants", participantsText));
            return;
        }
        items.add(new ImportedItem(theme, new CostItem(description, unitCost, count, participants, null, null)));
    }

    /** The cost items of every theme with their computed totals; the first five columns import again. */
    public static byte[] write(PlanContent content, Locale locale, List<String> header) {
        Begroting begroting = Begroting.of(content);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).build();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ThemePlan theme : content.themes()) {
                for (CostItem item : theme.items()) {
                    csv.printRecord(theme.name(), item.description(), decimal(item.unitCost()),
                            item.count() == null ? "" : item.count(),
                            item.participants() == null ? "" : item.participants(),
                            item.percentage() == null ? "" : decimal(item.percentage().stripTrailingZeros()),
                            item.percentageOf() == null ? "" : item.percentageOf().name(),
                            decimal(begroting.itemTotal(item)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A decimal with a comma, as Dutch spreadsheets read it. */
    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** Reads {@code € 1.234,56}, {@code 1234,56}, {@code 1234.56} or {@code 1,234.56}; null when not a number. */
    static BigDecimal amount(String text) {
        String s = text.replace("€", "").replace("\u00A0", "").replace(" ", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        } else if (dot >= 0 && s.length() - dot == 4 && s.indexOf('.') == dot && dot > 0) {
            // "10.000": a Dutch thousands separator, not three decimals.
            s = s.replace(".", "");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        BigDecimal value = amount(text);
        if (value == null || value.signum() < 0) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static PercentageBase base(String text) {
        try {
            return PercentageBase.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isEmpty(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
