package nl.netwerkregie.membership;

import java.util.ArrayList;
import java.util.List;

/** The calendar years an organisation owes a contribution for: those in which it was a (trial) member. */
final class MembershipYears {

    private MembershipYears() {
    }

    /** From the dated status history (oldest first), up to and including {@code thisYear}. */
    static List<Integer> of(List<StatusChange> history, int thisYear) {
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            if (!change.getStatus().isMember()) {
                continue;
            }
            int from = change.getEffectiveDate().getYear();
            int to = i + 1 < history.size() ? history.get(i + 1).getEffectiveDate().getYear() : thisYear;
            for (int year = from; year <= Math.min(to, thisYear); year++) {
                if (!years.contains(year)) {
                    years.add(year);
                }
            }
        }
        return years;
    }
}
