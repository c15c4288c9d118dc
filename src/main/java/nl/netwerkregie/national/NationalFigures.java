package nl.netwerkregie.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.annualplan.JaarplanFigures;
import nl.netwerkregie.membership.MembershipFigures;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.resignation.EndingFigures;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.AssignmentFigures;
import org.springframework.stereotype.Service;

/**
 * The figures of the national view: every network, by name, with its figures when its board agreed to share them.
 * Not transactional on purpose: each network's counts run in a transaction of their own, opened inside
 * {@link CurrentNetwork#as} for that network (Hibernate fixes a session's network when it opens).
 */
@Service
public class NationalFigures {

    private final Networks networks;
    private final MembershipFigures membership;
    private final EndingFigures endings;
    private final AssignmentFigures assignments;
    private final JaarplanFigures jaarplannen;
    private final CurrentNetwork currentNetwork;
    private final CurrentUser currentUser;
    private final Clock clock;

    NationalFigures(Networks networks, MembershipFigures membership, EndingFigures endings,
            AssignmentFigures assignments, JaarplanFigures jaarplannen, CurrentNetwork currentNetwork,
            CurrentUser currentUser, Clock clock) {
        this.networks = networks;
        this.membership = membership;
        this.endings = endings;
        this.assignments = assignments;
        this.jaarplannen = jaarplannen;
        this.currentNetwork = currentNetwork;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every network by name: with its figures when it shares them, else with none. The national organisation and
     * the operator only.
     */
    public List<NetworkFigures> compare() {
        currentUser.require(Role.NATIONAL, Role.OPERATOR);
        return networks.all().stream()
                .map(n -> n.isShareNational() ? CurrentNetwork.as(n.getId(), () -> figuresOf(n))
                        : NetworkFigures.notShared(n.getId(), n.getName()))
                .toList();
    }

    /** What the coordinator's own network shares (or would share): its figures, whether it shares or not. */
    public NetworkFigures ofMyNetwork() {
        currentUser.require(Role.COORDINATOR);
        Network mine = networks.find(currentNetwork.id())
                .orElseThrow(() -> new IllegalStateException("No network " + currentNetwork.id()));
        return figuresOf(mine);
    }

    /** This year, the one the figures compare first ("this year and last"). */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    private NetworkFigures figuresOf(Network network) {
        return new NetworkFigures(network.getId(), network.getName(), network.isShareNational(),
                membership.membersByKind(), membership.admissionsPerYear(), endings.endingsPerYear(),
                assignments.byThemeAndStatus(), jaarplannen.budgets());
    }
}
