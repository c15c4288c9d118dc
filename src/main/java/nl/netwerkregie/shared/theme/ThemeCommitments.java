package nl.netwerkregie.shared.theme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Budget committed to approved werkgroep assignments, per theme, so the jaarplan can show its budget against what
 * the board has already committed. Implemented by the werkgroep feature.
 */
public interface ThemeCommitments {

    /**
     * The budgets of approved assignments (running or closed) whose tijdspad starts in that year, summed per theme
     * name as the assignment names it; assignments without a theme are under the empty string.
     */
    Map<String, BigDecimal> committedPerTheme(int year);

    /** Theme names compare without case and surrounding spaces: "Scholing " and "scholing" are one theme. */
    static String key(String theme) {
        return theme == null ? "" : theme.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
