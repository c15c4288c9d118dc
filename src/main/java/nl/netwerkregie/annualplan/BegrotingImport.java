package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.netwerkregie.shared.theme.ThemeCommitments;

/**
 * Reads begroting rows, whatever the spreadsheet they came from ({@link BegrotingCsv}, {@link BegrotingXlsx}).
 * Columns: theme, item, unit cost, count, participants, and optionally percentage and percentage-of (as the
 * exports write them). Amounts may be written the Dutch way ({@code € 1.234,56}) or plainly ({@code 1234.56}). A
 * first row whose unit cost is not a number is a header. Rows that cannot be read are reported with their row
 * number and why; the others are imported.
 */
public final class BegrotingImport {

    private BegrotingImport() {
    }

    /** A row that could not be read: its row number in the file and a translation key for the reason. */
    public record RowError(long row, String reasonKey, String value) {
    }

    /** One imported item, with the name of its theme. */
    public record ImportedItem(String theme, CostItem item) {
    }

    /** A row of cells as text, numbered as the spreadsheet numbers it (the first row is 1). */
    record Row(long number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isEmpty() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /**
     * What was read.
     *
     * @param errors   rows left out, with the reason
     * @param warnings rows read, but not as written: a stated total that differs from the computed one
     */
    public record ImportResult(List<ImportedItem> items, List<RowError> errors, List<RowError> warnings) {

        public ImportResult(List<ImportedItem> items, List<RowError> errors) {
            this(items, errors, List.of());
        }

        /**
         * The plan's content with the imported items appended to their themes (new themes added at the end). Theme
         * names match as everywhere: without case and surrounding spaces.
         */
        public PlanContent mergeInto(PlanContent content) {
            Map<String, ThemePlan> themes = new LinkedHashMap<>();
            content.themes().forEach(t -> themes.put(ThemeCommitments.key(t.name()), t));
            for (ImportedItem imported : items) {
                ThemePlan theme = themes.getOrDefault(ThemeCommitments.key(imported.theme()),
                        new ThemePlan(imported.theme(), null, null, List.of()));
                List<CostItem> merged = new ArrayList<>(theme.items());
                merged.add(imported.item());
                themes.put(ThemeCommitments.key(imported.theme()), new ThemePlan(theme.name(), theme.aims(), theme.activities(), merged));
            }
            return new PlanContent(content.title(), content.ambition(), content.goals(), content.projectBudget(),
                    content.contributionBase(), List.copyOf(themes.values()), content.income(), content.split());
        }
    }

    /** Reads a spreadsheet: XLSX when the bytes are a zip (as every .xlsx is), CSV otherwise. */
    public static ImportResult read(byte[] bytes) {
        return BegrotingXlsx.isXlsx(bytes) ? BegrotingXlsx.read(bytes) : BegrotingCsv.read(bytes);
    }

    static ImportResult fromRows(Iterable<Row> rows) {
        List<ImportedItem> items = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        boolean first = true;
        for (Row row : rows) {
            boolean header = first && !row.cell(2).isEmpty() && amount(row.cell(2)) == null;
            first = false;
            if (!header && !row.isEmpty()) {
                readRow(row, items, errors);
                statedTotalDiffers(row, items, errors).ifPresent(warnings::add);
            }
        }
        return new ImportResult(items, errors, warnings);
    }

    private static void readRow(Row row, List<ImportedItem> items, List<RowError> errors) {
        long number = row.number();
        int columns = row.cells().size();
        if (columns < 4) {
            errors.add(new RowError(number, "jaarplan.import.tooFewColumns", String.valueOf(columns)));
            return;
        }
        String theme = row.cell(0);
        String description = row.cell(1);
        if (theme.isEmpty()) {
            errors.add(new RowError(number, "jaarplan.import.themeMissing", ""));
            return;
        }
        if (description.isEmpty()) {
            errors.add(new RowError(number, "jaarplan.import.itemMissing", ""));
            return;
        }
        String percentageText = row.cell(5);
        if (!percentageText.isEmpty()) {
            BigDecimal percentage = amount(percentageText.replace("%", ""));
            PercentageBase base = base(row.cell(6));
            if (percentage == null || percentage.signum() < 0) {
                errors.add(new RowError(number, "jaarplan.import.invalidPercentage", percentageText));
            } else if (base == null) {
                errors.add(new RowError(number, "jaarplan.import.invalidBase", row.cell(6)));
            } else {
                items.add(new ImportedItem(theme, new CostItem(description, null, null, null, percentage, base)));
            }
            return;
        }
        BigDecimal unitCost = amount(row.cell(2));
        if (unitCost == null || unitCost.signum() < 0 || unitCost.scale() > 2) {
            errors.add(new RowError(number, "jaarplan.import.invalidUnitCost", row.cell(2)));
            return;
        }
        Integer count = whole(row.cell(3));
        if (count == null) {
            errors.add(new RowError(number, "jaarplan.import.invalidCount", row.cell(3)));
            return;
        }
        String participantsText = row.cell(4);
        Integer participants = participantsText.isEmpty() ? null : whole(participantsText);
        if (!participantsText.isEmpty() && participants == null) {
            errors.add(new RowError(number, "jaarplan.import.invalidParticipants", participantsText));
            return;
        }
        items.add(new ImportedItem(theme, new CostItem(description, unitCost, count, participants, null, null)));
    }

    /**
     * The eighth column, as our exports write it, is the item's total. Where a spreadsheet states one that
     * kosten x aantal (x deelnemers) does not give, the computed total counts, and the user is told which row
     * (200 x 4 with "Totaal 999,00" became 800,00 without a word; issue 16).
     */
    private static java.util.Optional<RowError> statedTotalDiffers(Row row, List<ImportedItem> items,
            List<RowError> errors) {
        String stated = row.cell(7);
        boolean read = !items.isEmpty() && (errors.isEmpty() || errors.get(errors.size() - 1).row() != row.number());
        BigDecimal statedAmount = amount(stated);
        if (stated.isEmpty() || !read || statedAmount == null) {
            return java.util.Optional.empty();
        }
        CostItem item = items.get(items.size() - 1).item();
        if (item.isPercentage()) {
            return java.util.Optional.empty(); // its total depends on the plan's income or budget, not on the row
        }
        BigDecimal computed = item.unitCost().multiply(BigDecimal.valueOf(item.count()))
                .multiply(BigDecimal.valueOf(item.participants() == null ? 1 : item.participants()));
        return statedAmount.compareTo(computed) == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new RowError(row.number(), "jaarplan.import.totalDiffers", stated));
    }

    /** Reads {@code € 1.234,56}, {@code 1234,56}, {@code 1234.56} or {@code 1,234.56}; null when not a number. */
    public static BigDecimal amount(String text) {
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
}
