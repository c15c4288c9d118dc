package nl.netwerkregie.resignation;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionLifeEvents;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * Resignations and terminations in the life story, dated when they were received, with the board's decision on a
 * termination. A resignation a coordinator recorded for the member says so, and when it was entered.
 */
@Component
class EndingLifeStory implements LifeStoryContributor {

    private final ResignationQueries endings;
    private final BoardDecisionService board;
    private final UserDirectory users;

    EndingLifeStory(ResignationQueries endings, BoardDecisionService board, UserDirectory users) {
        this.endings = endings;
        this.board = board;
        this.users = users;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        for (MembershipEnding e : endings.endingsOf(organisation.getId())) {
            events.add(e.isRecordedOnBehalf()
                    ? new LifeEvent(e.getReceivedOn(), "lifestory.ending.RESIGNATION.onBehalf", new Object[] {
                            e.getEndDate(), e.getCreatedAt().atZone(ClockConfig.NETWORK_ZONE).toLocalDate(),
                            users.displayName(e.getSubmittedBy())}, e.getReasons())
                    : new LifeEvent(e.getReceivedOn(), "lifestory.ending." + e.getKind(),
                            new Object[] {e.getEndDate()}, e.getReasons()));
            if (e.getStatus() == EndingStatus.WITHDRAWN) {
                events.add(new LifeEvent(e.getReceivedOn(), "lifestory.ending.withdrawn", null, null));
            }
            if (e.getDecisionId() != null) {
                events.add(DecisionLifeEvents.of(board.get(e.getDecisionId())));
            }
        }
        return events;
    }
}
