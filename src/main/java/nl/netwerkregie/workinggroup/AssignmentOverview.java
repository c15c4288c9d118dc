package nl.netwerkregie.workinggroup;

import java.time.LocalDate;

/**
 * An assignment in a list: its werkgroep, the current version's doel and tijdspad, and the next report due.
 *
 * @param nextReportDue only while the assignment runs
 * @param late          the next report is past due
 */
public record AssignmentOverview(long id, long werkgroepId, String werkgroepName, AssignmentStatus status,
        String doel, LocalDate startDate, LocalDate endDate, int versions, LocalDate nextReportDue, boolean late) {
}
