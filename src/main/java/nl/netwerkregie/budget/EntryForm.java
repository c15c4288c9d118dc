package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry as typed: for spending the theme (as the adopted plan names it) and optionally an approved assignment of
 * that theme; for income the begroting's income line it is received against (its label).
 */
public record EntryForm(EntryKind kind, LocalDate date, BigDecimal amount, String description, String theme,
        Long assignmentId, String incomeLine) {

    public static EntryForm spending(LocalDate date, BigDecimal amount, String description, String theme,
            Long assignmentId) {
        return new EntryForm(EntryKind.SPENDING, date, amount, description, theme, assignmentId, null);
    }

    public static EntryForm income(LocalDate date, BigDecimal amount, String description, String incomeLine) {
        return new EntryForm(EntryKind.INCOME, date, amount, description, null, null, incomeLine);
    }
}
