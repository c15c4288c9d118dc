package nl.netwerkregie.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's life story: one timeline of everything that happened to it in the network, oldest first.
 * Coordinators, the secretary and board members.
 */
@Service
public class LifeStoryService {

    private final OrganisationService organisations;
    private final List<LifeStoryContributor> contributors;
    private final CurrentUser currentUser;
    private final Clock clock;

    LifeStoryService(OrganisationService organisations, List<LifeStoryContributor> contributors, CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.contributors = contributors;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LifeEvent> lifeStory(long organisationId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        Organisation organisation = organisations.get(organisationId);
        List<LifeEvent> events = new ArrayList<>();
        organisations.history(organisationId).forEach(change -> events.add(new LifeEvent(change.getEffectiveDate(),
                "lifestory.status." + change.getStatus().name(), null, change.getReason())));
        contributionYears(organisation).forEach(year -> events.add(new LifeEvent(LocalDate.of(year, 1, 1),
                "lifestory.contribution", new Object[] {String.valueOf(year)},
                organisations.contributionFor(organisationId, year).toPlainString())));
        contributors.forEach(c -> events.addAll(c.eventsOf(organisation)));
        events.sort(Comparator.comparing(LifeEvent::when));
        return events;
    }

    /** The calendar years in which the organisation was a (trial) member, up to this year. */
    private List<Integer> contributionYears(Organisation organisation) {
        List<StatusChange> history = organisations.history(organisation.getId());
        List<Integer> years = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            if (!change.getStatus().isMember()) {
                continue;
            }
            int from = change.getEffectiveDate().getYear();
            int to = i + 1 < history.size() ? history.get(i + 1).getEffectiveDate().getYear() : thisYear;
            for (int year = from; year <= to; year++) {
                if (!years.contains(year)) {
                    years.add(year);
                }
            }
        }
        return years;
    }
}
