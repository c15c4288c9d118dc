package nl.netwerkregie.resignation;

import java.util.Map;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.Counts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current network's ended memberships in figures, counted by the database: no organisation leaves it. */
@Service
public class EndingFigures {

    private final MembershipEndingRepository endings;
    private final CurrentUser currentUser;

    EndingFigures(MembershipEndingRepository endings, CurrentUser currentUser) {
        this.endings = endings;
        this.currentUser = currentUser;
    }

    /** Per year, the memberships that ended that year (resigned or terminated, the end date passed). */
    @Transactional(readOnly = true)
    public Map<Integer, Long> endingsPerYear() {
        currentUser.requireFiguresReader();
        return Counts.perYear(endings.countPerEndYear(EndingStatus.ENDED));
    }
}
