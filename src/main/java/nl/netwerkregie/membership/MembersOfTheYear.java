package nl.netwerkregie.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership of one calendar year, for the jaarverslag: how many members the network had on 1 January and on
 * 31 December, and who joined, completed the trial year or left in between, from the dated status history (a
 * member whose membership ends on 31 December is still a member that day). Two reads, whatever the number of
 * organisations.
 */
@Service
public class MembersOfTheYear {

    /** What changed for one organisation on a day of the year. */
    public enum Kind {
        ADMITTED, TRIAL_COMPLETED, ENDED
    }

    /** @param reason the reason recorded with the change (e.g. the board's decision), may be null */
    public record Change(long organisationId, String organisation, Kind kind, LocalDate date, String reason) {
    }

    /** @param changes oldest first */
    public record Year(int year, int membersAtStart, int membersAtEnd, List<Change> changes) {

        public List<Change> of(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    private final StatusChangeRepository statusChanges;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    MembersOfTheYear(StatusChangeRepository statusChanges, OrganisationService organisations,
            CurrentUser currentUser) {
        this.statusChanges = statusChanges;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The year's membership. Coordinators, the secretary and the board. */
    @Transactional(readOnly = true)
    public Year of(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, List<StatusChange>> histories = statusChanges.findAllByOrderByOrganisationIdAscEffectiveDateAscIdAsc()
                .stream().collect(Collectors.groupingBy(StatusChange::getOrganisationId));
        Map<Long, String> names = organisations.namesOf(histories.keySet());
        int atStart = 0;
        int atEnd = 0;
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, List<StatusChange>> history : histories.entrySet()) {
            List<StatusChange> steps = history.getValue();
            atStart += memberOn(steps, first) ? 1 : 0;
            atEnd += memberOn(steps, last) ? 1 : 0;
            OrganisationStatus before = null;
            for (StatusChange step : steps) {
                LocalDate day = step.getEffectiveDate();
                Kind kind = kindOf(before, step.getStatus());
                // An ending dated 1 January is the end of the year before: the last day was still a member's.
                LocalDate counted = kind == Kind.ENDED ? day.minusDays(1) : day;
                if (kind != null && counted.getYear() == year) {
                    changes.add(new Change(history.getKey(), names.getOrDefault(history.getKey(), "?"), kind, counted,
                            step.getReason()));
                }
                before = step.getStatus();
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::organisation));
        return new Year(year, atStart, atEnd, List.copyOf(changes));
    }

    private static Kind kindOf(OrganisationStatus before, OrganisationStatus after) {
        boolean wasMember = before != null && before.isMember();
        if (!wasMember && after.isMember()) {
            return Kind.ADMITTED;
        }
        if (before == OrganisationStatus.TRIAL_MEMBER && after == OrganisationStatus.MEMBER) {
            return Kind.TRIAL_COMPLETED;
        }
        return wasMember && !after.isMember() ? Kind.ENDED : null;
    }

    /** A (trial) member on the day: the last change in effect that day makes it one. */
    private static boolean memberOn(List<StatusChange> steps, LocalDate day) {
        OrganisationStatus status = null;
        for (StatusChange step : steps) {
            if (!step.getEffectiveDate().isAfter(day)) {
                status = step.getStatus();
            }
        }
        return status != null && status.isMember();
    }
}
