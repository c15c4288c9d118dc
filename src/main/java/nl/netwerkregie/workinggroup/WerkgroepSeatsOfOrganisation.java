package nl.netwerkregie.workinggroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.OrganisationSeats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a membership ends, the werkgroep seats of the organisation's people end on the same date. A chair or
 * vice-chair seat then needs a successor: the werkgroep page shows the chair missing, and the resignation flow
 * gives the coordinator a task per seat.
 */
@Component
class WerkgroepSeatsOfOrganisation implements OrganisationSeats {

    private final WerkgroepMemberRepository seats;
    private final WerkgroepRepository werkgroepen;
    private final TranslationProvider translations;

    WerkgroepSeatsOfOrganisation(WerkgroepMemberRepository seats, WerkgroepRepository werkgroepen,
            TranslationProvider translations) {
        this.seats = seats;
        this.werkgroepen = werkgroepen;
        this.translations = translations;
    }

    @Override
    @Transactional
    public List<String> endSeats(long organisationId, LocalDate endDate) {
        List<String> toSucceed = new ArrayList<>();
        for (WerkgroepMember seat : seats.findByOrganisationIdOrderByStartDateAsc(organisationId)) {
            if (seat.getEndDate() != null && !seat.getEndDate().isAfter(endDate)) {
                continue;
            }
            seat.end(endDate.isBefore(seat.getStartDate()) ? seat.getStartDate() : endDate);
            if (seat.getRole().reports()) {
                String werkgroep = werkgroepen.findById(seat.getWerkgroepId()).map(Werkgroep::getName).orElse("?");
                toSucceed.add(translations.dutch("werkgroep.seat.toSucceed",
                        translations.dutch("werkgroep.role." + seat.getRole()), werkgroep,
                        seat.getPersonName()));
            }
        }
        return toSucceed;
    }
}
