package nl.netwerkregie.hosting;

import java.util.List;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.network.NetworkRulesVersion;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Service;

/** What the operator reads about the networks: the list, and each network's record of its rules. */
@Service
public class NetworkOverview {

    private final Networks networks;
    private final NetworkRules rules;
    private final CurrentUser currentUser;

    NetworkOverview(Networks networks, NetworkRules rules, CurrentUser currentUser) {
        this.networks = networks;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** Every network of the installation, by name. */
    public List<NetworkRow> all() {
        currentUser.require(Role.OPERATOR);
        return networks.all().stream()
                .map(n -> new NetworkRow(n.getId(), n.getName(), n.getCreatedAt(), n.isShareNational(),
                        rules.of(n.getId()).boardName()))
                .toList();
    }

    /** Every version of the network's rules, the newest first: from when, why, by whom, recorded when. */
    public List<NetworkRulesVersion> history(String networkId) {
        currentUser.require(Role.OPERATOR);
        return rules.history(networkId);
    }
}
