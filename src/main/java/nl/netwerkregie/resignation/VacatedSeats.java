package nl.netwerkregie.resignation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationSeats;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The seats an organisation's people leave when its membership ends: a board seat (the profile lists the board
 * by username) and every seat another feature knows of through {@link OrganisationSeats}.
 */
@Component
class VacatedSeats {

    private final NetworkProfile profile;
    private final List<OrganisationSeats> seats;
    private final TranslationProvider translations;

    VacatedSeats(NetworkProfile profile, List<OrganisationSeats> seats, TranslationProvider translations) {
        this.profile = profile;
        this.seats = seats;
        this.translations = translations;
    }

    /** Ends every seat of the organisation's people on the end date; returns those that need a successor, board first. */
    List<String> endAll(Organisation o, LocalDate endDate) {
        List<String> toSucceed = new ArrayList<>();
        if (holdsBoardSeat(o)) {
            toSucceed.add(translations.dutch("resignation.seat.board", profile.boardName()));
        }
        seats.forEach(s -> toSucceed.addAll(s.endSeats(o.getId(), endDate)));
        return toSucceed;
    }

    private boolean holdsBoardSeat(Organisation o) {
        return o.getContacts().stream().map(ContactPerson::username)
                .anyMatch(u -> u != null && profile.boardMembers().contains(u));
    }
}
