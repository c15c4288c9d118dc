package nl.netwerkregie.national;

import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.springframework.stereotype.Service;

/**
 * Whether the coordinator's network shares its figures with the national organisation: the network's board
 * decides, a coordinator records it (with the decision's reference) or withdraws it. Coordinators only.
 */
@Service
public class NetworkSharing {

    /** The longest board decision reference the table holds. */
    static final int MAX_DECISION = 200;

    private final Networks networks;
    private final CurrentNetwork currentNetwork;
    private final CurrentUser currentUser;

    NetworkSharing(Networks networks, CurrentNetwork currentNetwork, CurrentUser currentUser) {
        this.networks = networks;
        this.currentNetwork = currentNetwork;
        this.currentUser = currentUser;
    }

    /** The coordinator's network, with its sharing: whether, since when, by whom, on which decision. */
    public Network myNetwork() {
        currentUser.require(Role.COORDINATOR);
        return networks.find(currentNetwork.id())
                .orElseThrow(() -> new IllegalStateException("No network " + currentNetwork.id()));
    }

    /**
     * Shares the network's figures from today, on the board's decision (its reference or date: required), or stops
     * sharing them (the decision optional).
     */
    public void share(boolean share, String boardDecision) {
        currentUser.require(Role.COORDINATOR);
        String decision = share ? Texts.require(boardDecision, MAX_DECISION, "national.sharing.decisionRequired")
                : Texts.optional(boardDecision, MAX_DECISION);
        networks.shareNational(myNetwork().getId(), share, decision, currentUser.username());
    }
}
