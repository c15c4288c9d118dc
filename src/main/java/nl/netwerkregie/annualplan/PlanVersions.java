package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.netwerkregie.annualplan.VersionPlace.Part;

/** Turns a plan into snapshot lines and compares two versions line by line. */
final class PlanVersions {

    /** Separates the parts of a line key. */
    static final String SEPARATOR = "|";

    private PlanVersions() {
    }

    /** Every text and amount of the plan, including the computed totals, under keys that name its place. */
    static List<VersionLine> lines(PlanContent content) {
        Begroting begroting = Begroting.of(content);
        List<VersionLine> lines = new ArrayList<>();
        lines.add(text("plan|title", content.title()));
        lines.add(text("plan|ambition", content.ambition()));
        lines.add(text("plan|goals", content.goals()));
        lines.add(amount("plan|projectBudget", content.projectBudget()));
        lines.add(amount("plan|contributionBase", content.contributionBase()));
        Map<String, Integer> seen = new HashMap<>();
        for (ThemePlan theme : content.themes()) {
            String prefix = unique(seen, "theme|" + clean(theme.name()));
            lines.add(text(prefix + "|aims", theme.aims()));
            lines.add(text(prefix + "|activities", theme.activities()));
            for (CostItem item : theme.items()) {
                lines.add(new VersionLine(unique(seen, prefix + "|item|" + clean(item.description())),
                        formula(item), begroting.itemTotal(item)));
            }
            lines.add(amount(prefix + "|total", begroting.themeTotal(theme)));
        }
        for (IncomeLine income : content.income()) {
            lines.add(amount(unique(seen, "income|" + income.kind() + "|" + clean(income.label())), income.amount()));
        }
        for (SplitLine split : content.split()) {
            lines.add(new VersionLine(unique(seen, "split|" + clean(split.subNetwork())),
                    split.fraction() == null ? null : split.fraction().stripTrailingZeros().toPlainString(),
                    begroting.splitAmount(split)));
        }
        lines.add(amount("total|costs", begroting.totalCosts()));
        lines.add(amount("total|income", begroting.totalIncome()));
        return lines;
    }

    /** What differs between an older and a newer version: changed, added and removed lines, in the newer order. */
    static List<VersionChange> compare(List<VersionLine> older, List<VersionLine> newer) {
        Map<String, VersionLine> before = new LinkedHashMap<>();
        older.forEach(l -> before.put(l.key(), l));
        List<VersionChange> changes = new ArrayList<>();
        for (VersionLine now : newer) {
            VersionLine then = before.remove(now.key());
            if (then == null) {
                if (now.text() != null || now.amount() != null) {
                    changes.add(new VersionChange(now.key(), place(now.key()), null, now.text(), null, now.amount()));
                }
            } else if (!Objects.equals(then.text(), now.text()) || !sameAmount(then.amount(), now.amount())) {
                changes.add(new VersionChange(now.key(), place(now.key()), then.text(), now.text(), then.amount(),
                        now.amount()));
            }
        }
        before.values().stream().filter(l -> l.text() != null || l.amount() != null)
                .forEach(l -> changes.add(new VersionChange(l.key(), place(l.key()), l.text(), null, l.amount(), null)));
        return changes;
    }

    /**
     * A line's key as a place a reader can be shown, e.g. theme "Bewustwording" › item "Catering", or the translated
     * label of a plan field. Versions stored earlier keep their keys, so the place is read from the key, here where
     * the keys are made.
     */
    static VersionPlace place(String key) {
        String[] p = key.split(Pattern.quote(SEPARATOR));
        return switch (p[0]) {
            case "plan" -> VersionPlace.of(Part.label("jaarplan.field." + p[1]));
            case "theme" -> p.length >= 4 ? VersionPlace.of(Part.named(p[1]), Part.named(p[3]))
                    : VersionPlace.of(Part.named(p[1]),
                            Part.label(p[2].startsWith("total") ? "jaarplan.themeTotal" : "jaarplan.field." + p[2]));
            case "income" -> VersionPlace.of(Part.label("jaarplan.income." + p[1]), Part.named(p.length > 2 ? p[2] : ""));
            case "split" -> VersionPlace.of(Part.label("jaarplan.section.split"), Part.named(p[1]));
            case "total" -> VersionPlace.of(Part.label(p[1].equals("costs") ? "jaarplan.totalCosts" : "jaarplan.totalIncome"));
            default -> VersionPlace.of(Part.named(key));
        };
    }

    /** How an item's total comes about, e.g. {@code 200 x 12 x 20} or {@code 2% TOTAL_SUBSIDY}. */
    static String formula(CostItem item) {
        if (item.isPercentage()) {
            return item.percentage().stripTrailingZeros().toPlainString() + "% " + item.percentageOf();
        }
        String text = (item.unitCost() == null ? "0" : item.unitCost().toPlainString()) + " x "
                + (item.count() == null ? 0 : item.count());
        return item.participants() == null ? text : text + " x " + item.participants();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static VersionLine text(String key, String text) {
        return new VersionLine(key, text == null || text.isBlank() ? null : text, null);
    }

    private static VersionLine amount(String key, BigDecimal amount) {
        return new VersionLine(key, null, amount == null ? null : Begroting.cents(amount));
    }

    private static String unique(Map<String, Integer> seen, String key) {
        int n = seen.merge(key, 1, Integer::sum);
        return n == 1 ? key : key + " #" + n;
    }

    private static String clean(String part) {
        return part == null ? "" : part.replace(SEPARATOR, "/").strip();
    }
}
