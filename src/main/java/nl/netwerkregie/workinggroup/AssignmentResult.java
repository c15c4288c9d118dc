package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A closed assignment as the annual report (jaarverslag) takes it up: what was asked and what was achieved.
 *
 * @param achieved     the final report's account of the result achieved against the gewenst resultaat
 * @param budgetUsed   as the final report states it; null when it stated none
 */
public record AssignmentResult(long assignmentId, String werkgroepName, String theme, String doel,
        String gewenstResultaat, String achieved, TimelineStatus timelineStatus, BigDecimal budget,
        BigDecimal budgetUsed, LocalDate closedOn) {
}
