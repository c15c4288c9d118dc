package nl.netwerkregie.admission;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionLifeEvents;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import org.springframework.stereotype.Component;

/** The admission in the life story: application, trial year and the board's decisions with their count. */
@Component
class AdmissionLifeStory implements LifeStoryContributor {

    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");
    private final AdmissionRepository admissions;
    private final BoardDecisionService board;

    AdmissionLifeStory(AdmissionRepository admissions, BoardDecisionService board) {
        this.admissions = admissions;
        this.board = board;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        admissions.findFirstByOrganisationIdOrderByCreatedAtDesc(organisation.getId()).ifPresent(a -> {
            events.add(new LifeEvent(a.getCreatedAt().atZone(NETWORK_ZONE).toLocalDate(), "lifestory.applied", null,
                    String.join(", ", a.getWerkgroepen())));
            if (a.getInformationRequest() != null) {
                events.add(new LifeEvent(a.getCreatedAt().atZone(NETWORK_ZONE).toLocalDate(), "lifestory.informationAsked",
                        null, a.getInformationRequest()));
            }
            if (a.getTrialStart() != null) {
                events.add(new LifeEvent(a.getTrialStart(), "lifestory.trial", new Object[] {a.getTrialEnd()}, null));
            }
            board.ofCase(AdmissionService.CASE_TYPE, String.valueOf(a.getId()))
                    .forEach(d -> events.add(DecisionLifeEvents.of(d)));
        });
        return events;
    }
}
