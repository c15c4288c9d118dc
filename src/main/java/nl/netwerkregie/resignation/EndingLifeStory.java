package nl.netwerkregie.resignation;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionLifeEvents;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import org.springframework.stereotype.Component;

/** Resignations and terminations in the life story, with the board's decision on a termination. */
@Component
class EndingLifeStory implements LifeStoryContributor {

    private final ResignationQueries endings;
    private final BoardDecisionService board;

    EndingLifeStory(ResignationQueries endings, BoardDecisionService board) {
        this.endings = endings;
        this.board = board;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        for (MembershipEnding e : endings.endingsOf(organisation.getId())) {
            events.add(new LifeEvent(e.getReceivedOn(), "lifestory.ending." + e.getKind(),
                    new Object[] {e.getEndDate().toString()}, e.getReasons()));
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
