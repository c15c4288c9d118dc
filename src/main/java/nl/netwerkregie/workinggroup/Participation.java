package nl.netwerkregie.workinggroup;

import java.time.LocalDate;

/** An organisation's seat in a werkgroep, as its page shows it. */
public record Participation(long werkgroepId, String werkgroepName, String personName, SeatRole role,
        LocalDate startDate, LocalDate endDate) {
}
