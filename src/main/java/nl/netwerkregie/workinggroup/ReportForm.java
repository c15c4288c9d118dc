package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;

/**
 * A progress report in the assignment's format.
 *
 * @param progress    progress toward the gewenst resultaat; in the final report, the result achieved against it
 * @param finalReport this is the final report (eindrapportage)
 */
public record ReportForm(TimelineStatus status, String progress, String nextSteps, String problems,
        BigDecimal budgetUsed, boolean finalReport) {
}
