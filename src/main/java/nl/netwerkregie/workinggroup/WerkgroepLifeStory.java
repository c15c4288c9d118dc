package nl.netwerkregie.workinggroup;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import org.springframework.stereotype.Component;

/** Werkgroep seats of the organisation's people in its life story: who took which seat, and when it ended. */
@Component
class WerkgroepLifeStory implements LifeStoryContributor {

    private final WerkgroepMemberRepository seats;
    private final WerkgroepRepository werkgroepen;

    WerkgroepLifeStory(WerkgroepMemberRepository seats, WerkgroepRepository werkgroepen) {
        this.seats = seats;
        this.werkgroepen = werkgroepen;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        for (WerkgroepMember seat : seats.findByOrganisationIdOrderByStartDateAsc(organisation.getId())) {
            String werkgroep = werkgroepen.findById(seat.getWerkgroepId()).map(Werkgroep::getName).orElse("?");
            events.add(new LifeEvent(seat.getStartDate(), "lifestory.seat.start." + seat.getRole(),
                    new Object[] {werkgroep}, seat.getPersonName()));
            if (seat.getEndDate() != null) {
                events.add(new LifeEvent(seat.getEndDate(), "lifestory.seat.end." + seat.getRole(),
                        new Object[] {werkgroep}, seat.getPersonName()));
            }
        }
        return events;
    }
}
