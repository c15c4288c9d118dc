package nl.netwerkregie.membership;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.Counts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's membership in figures, counted by the database: no organisation, name or person leaves
 * it. For the national view (and a coordinator's look at what the network shares).
 */
@Service
public class MembershipFigures {

    private static final Set<OrganisationStatus> MEMBERS = EnumSet.of(OrganisationStatus.TRIAL_MEMBER,
            OrganisationStatus.MEMBER);

    private final OrganisationRepository organisations;
    private final StatusChangeRepository statusChanges;
    private final CurrentUser currentUser;

    MembershipFigures(OrganisationRepository organisations, StatusChangeRepository statusChanges,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.statusChanges = statusChanges;
        this.currentUser = currentUser;
    }

    /** The members (trial members included) per kind of organisation; kinds without members are left out. */
    @Transactional(readOnly = true)
    public Map<OrganisationKind, Long> membersByKind() {
        currentUser.requireFiguresReader();
        Map<OrganisationKind, Long> counts = new EnumMap<>(OrganisationKind.class);
        organisations.countByKind(MEMBERS).forEach(row -> counts.put((OrganisationKind) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Admissions per year: the organisations that became a (trial) member that year for the first time (a member
     * registered at the start counts in the year it was registered; a former member who joins again is not counted
     * a second time).
     */
    @Transactional(readOnly = true)
    public Map<Integer, Long> admissionsPerYear() {
        currentUser.requireFiguresReader();
        return Counts.perYear(statusChanges.countFirstPerYear(MEMBERS));
    }
}
