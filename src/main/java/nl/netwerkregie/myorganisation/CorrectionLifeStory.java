package nl.netwerkregie.myorganisation;

import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/** Accepted corrections in the life story: the day and what changed (old → new), in Dutch like the other details. */
@Component
class CorrectionLifeStory implements LifeStoryContributor {

    private final OrganisationCorrectionRepository corrections;
    private final TranslationProvider translations;
    private final UserDirectory users;

    CorrectionLifeStory(OrganisationCorrectionRepository corrections, TranslationProvider translations,
            UserDirectory users) {
        this.corrections = corrections;
        this.translations = translations;
        this.users = users;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        return corrections.findWithChangesByOrganisationId(organisation.getId()).stream()
                .filter(c -> c.getState() == CorrectionState.ACCEPTED)
                .map(OrganisationCorrection::summary)
                .map(c -> new LifeEvent(c.decidedAt().atZone(ClockConfig.NETWORK_ZONE).toLocalDate(),
                        "lifestory.correction", new Object[] {users.displayName(c.proposedBy())}, c.changes().stream()
                        .map(ch -> translations.dutch(ch.field().labelKey()) + ": " + ch.oldValue() + " → " + ch.newValue())
                        .collect(Collectors.joining("; "))))
                .toList();
    }
}
