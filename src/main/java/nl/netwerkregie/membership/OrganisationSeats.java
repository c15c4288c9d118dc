package nl.netwerkregie.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * Seats an organisation's people hold in other features (e.g. a werkgroep chair). When the membership ends,
 * every implementation ends its seats and names those that need a successor. The board seat is not one of
 * them: the resignation feature finds it in the network profile.
 */
public interface OrganisationSeats {

    /** Ends the organisation's seats on that date; returns the seats that need a successor, as readable labels. */
    List<String> endSeats(long organisationId, LocalDate endDate);
}
