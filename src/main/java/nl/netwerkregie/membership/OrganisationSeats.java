package nl.netwerkregie.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * Seats an organisation's people hold in other features (a board seat, a werkgroep chair). When the membership
 * ends, every implementation ends its seats and names those that need a successor; the resignation flow gives
 * the coordinator a succession task for them.
 */
public interface OrganisationSeats {

    /** Ends the organisation's seats on that date; returns the seats that need a successor, as readable labels. */
    List<String> endSeats(long organisationId, LocalDate endDate);
}
