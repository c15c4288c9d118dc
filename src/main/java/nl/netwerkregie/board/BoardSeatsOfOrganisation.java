package nl.netwerkregie.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.OrganisationSeats;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a membership ends, the board seats that belong to the organisation end on the same date, and each needs
 * a successor (the board arranges it with the algemeen bestuur). Ordered first, so the board seat heads the
 * succession task.
 */
@Component
@Order(0)
class BoardSeatsOfOrganisation implements OrganisationSeats {

    private final BoardSeatRepository seats;
    private final NetworkRules rules;
    private final UserDirectory users;
    private final TranslationProvider translations;

    BoardSeatsOfOrganisation(BoardSeatRepository seats, NetworkRules rules, UserDirectory users,
            TranslationProvider translations) {
        this.seats = seats;
        this.rules = rules;
        this.users = users;
        this.translations = translations;
    }

    @Override
    @Transactional
    public List<String> endSeats(long organisationId, LocalDate endDate) {
        List<String> toSucceed = new ArrayList<>();
        for (BoardSeat seat : seats.findByOrganisationIdOrderByStartDateAsc(organisationId)) {
            if (!seat.runsAfter(endDate)) {
                continue;
            }
            seat.end(endDate, SeatEndReason.MEMBERSHIP_ENDED, null);
            toSucceed.add(translations.dutch("boardSeat.toSucceed", rules.current().boardName(),
                    users.displayName(seat.getUsername())));
        }
        return toSucceed;
    }
}
