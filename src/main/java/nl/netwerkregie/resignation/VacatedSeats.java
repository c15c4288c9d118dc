package nl.netwerkregie.resignation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationSeats;
import org.springframework.stereotype.Component;

/**
 * The seats an organisation's people leave when its membership ends: every seat a feature knows of through
 * {@link OrganisationSeats} (the board's seats first, then the werkgroepen's).
 */
@Component
class VacatedSeats {

    private final List<OrganisationSeats> seats;

    VacatedSeats(List<OrganisationSeats> seats) {
        this.seats = seats;
    }

    /** Ends every seat of the organisation's people on the end date; returns those that need a successor, board first. */
    List<String> endAll(Organisation o, LocalDate endDate) {
        List<String> toSucceed = new ArrayList<>();
        seats.forEach(s -> toSucceed.addAll(s.endSeats(o.getId(), endDate)));
        return toSucceed;
    }
}
