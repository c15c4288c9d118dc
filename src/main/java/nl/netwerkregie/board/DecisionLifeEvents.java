package nl.netwerkregie.board;

import java.time.Instant;
import java.time.ZoneId;
import nl.netwerkregie.membership.LifeEvent;

/** A board decision as a line in an organisation's life story: when decided, the outcome with the count, the question. */
public final class DecisionLifeEvents {

    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");

    private DecisionLifeEvents() {
    }

    public static LifeEvent of(BoardDecision d) {
        Instant when = d.getClosedAt() != null ? d.getClosedAt() : d.getPreparedAt();
        String outcome = d.getOutcome() == null ? "OPEN" : d.getOutcome().name();
        return new LifeEvent(when.atZone(NETWORK_ZONE).toLocalDate(), "lifestory.decision." + outcome,
                new Object[] {count(d.getYesCount()), count(d.getNoCount()), count(d.getAbstainCount()),
                        count(d.getRecusedCount())}, d.getQuestion());
    }

    private static String count(Integer n) {
        return n == null ? "0" : n.toString();
    }
}
