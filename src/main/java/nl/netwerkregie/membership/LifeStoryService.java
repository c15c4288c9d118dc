package nl.netwerkregie.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's life story: one timeline of everything that happened to it in the network, oldest first.
 * Coordinators, the secretary and board members, and the organisation's own contact persons.
 */
@Service
public class LifeStoryService {

    private final OrganisationService organisations;
    private final StatusChangeRepository statusChanges;
    private final ContributionService contributions;
    private final List<LifeStoryContributor> contributors;
    private final CurrentUser currentUser;
    private final ContactAccess contactAccess;

    LifeStoryService(OrganisationService organisations, StatusChangeRepository statusChanges,
            ContributionService contributions, List<LifeStoryContributor> contributors, CurrentUser currentUser,
            ContactAccess contactAccess) {
        this.organisations = organisations;
        this.statusChanges = statusChanges;
        this.contributions = contributions;
        this.contributors = contributors;
        this.currentUser = currentUser;
        this.contactAccess = contactAccess;
    }

    @Transactional(readOnly = true)
    public List<LifeEvent> lifeStory(long organisationId) {
        if (!currentUser.has(Role.COORDINATOR) && !currentUser.has(Role.SECRETARY) && !currentUser.has(Role.BOARD_MEMBER)) {
            contactAccess.requireContactOf(organisationId);
        }
        Organisation organisation = organisations.get(organisationId);
        List<LifeEvent> events = new ArrayList<>();
        statusChanges.findByOrganisationIdOrderByEffectiveDateAscIdAsc(organisationId).forEach(change -> events.add(
                new LifeEvent(change.getEffectiveDate(), "lifestory.status." + change.getStatus().name(), null,
                        change.getReason())));
        contributions.linesOf(organisationId).forEach(line -> events.addAll(contributionEvents(line)));
        contributors.forEach(c -> events.addAll(c.eventsOf(organisation)));
        events.sort(Comparator.comparing(LifeEvent::when));
        return events;
    }

    /** What the year's contribution was, and when it was paid (or that it is still open). */
    private static List<LifeEvent> contributionEvents(ContributionLine line) {
        String year = String.valueOf(line.year());
        LifeEvent due = new LifeEvent(LocalDate.of(line.year(), 1, 1), "lifestory.contribution",
                new Object[] {year}, Formats.euro(line.due(), TranslationProvider.DUTCH));
        return switch (line.state()) {
            case PAID, PARTLY_PAID -> List.of(due, new LifeEvent(line.paidOn(),
                    "lifestory.contribution." + line.state(), new Object[] {year}, Formats.euro(line.paid(), TranslationProvider.DUTCH)));
            case OPEN -> List.of(due, new LifeEvent(LocalDate.of(line.year(), 1, 1), "lifestory.contribution.OPEN",
                    new Object[] {year}, null));
            case EXEMPT -> List.of(due);
        };
    }
}
