package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.WerkgroepParticipation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the membership feature which werkgroepen an organisation's people sit in today. */
@Component
class WerkgroepParticipationOfOrganisations implements WerkgroepParticipation {

    private final WerkgroepMemberRepository seats;
    private final WerkgroepRepository werkgroepen;
    private final Clock clock;

    WerkgroepParticipationOfOrganisations(WerkgroepMemberRepository seats, WerkgroepRepository werkgroepen,
            Clock clock) {
        this.seats = seats;
        this.werkgroepen = werkgroepen;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> werkgroepenOf(long organisationId) {
        return namesOf(seats.findByOrganisationIdOrderByStartDateAsc(organisationId)).getOrDefault(organisationId,
                List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<String>> werkgroepenOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return namesOf(seats.heldBy(organisationIds, LocalDate.now(clock)));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> seatedToday() {
        return seats.seatedOn(LocalDate.now(clock));
    }

    private Map<Long, List<String>> namesOf(List<WerkgroepMember> candidates) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = werkgroepen.findAll().stream()
                .collect(Collectors.toMap(Werkgroep::getId, Werkgroep::getName));
        return candidates.stream().filter(s -> s.activeOn(today)).collect(Collectors.groupingBy(
                WerkgroepMember::getOrganisationId, Collectors.mapping(s -> names.get(s.getWerkgroepId()),
                        Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), List::copyOf))));
    }
}
