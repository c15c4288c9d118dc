package nl.netwerkregie.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.netwerkregie.network.NetworkProfileConfig.InstallationProfile;
import org.springframework.stereotype.Component;

/**
 * The rules of the network the current work is for ({@link CurrentNetwork}): the version in force today. Features
 * ask at the moment they apply a rule, never keep a profile, so each network's cases follow their own network's
 * rules, and a change takes effect from its date without a restart.
 *
 * <p>Which version is in force is remembered for a short while (a list page asks many times per request); a change
 * made on this node is seen at once, one made on another node within {@link #REMEMBERED}.
 */
@Component
public class NetworkRules {

    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final NetworkRulesRepository versions;
    private final CurrentNetwork currentNetwork;
    private final InstallationProfile installation;
    private final Clock clock;
    private final Map<Long, NetworkProfile> parsed = new ConcurrentHashMap<>();
    private final Map<String, InForce> inForce = new ConcurrentHashMap<>();

    NetworkRules(NetworkRulesRepository versions, CurrentNetwork currentNetwork, InstallationProfile installation,
            Clock clock) {
        this.versions = versions;
        this.currentNetwork = currentNetwork;
        this.installation = installation;
        this.clock = clock;
    }

    /** The rules of the network the current work is for, as they are today. */
    public NetworkProfile current() {
        return of(currentNetwork.id());
    }

    /** The rules of that network as they are today. */
    public NetworkProfile of(String networkId) {
        LocalDate today = LocalDate.now(clock);
        InForce remembered = inForce.get(networkId);
        Instant now = Instant.now(clock);
        if (remembered != null && remembered.day().equals(today) && remembered.until().isAfter(now)) {
            return remembered.profile();
        }
        NetworkProfile profile = on(networkId, today);
        inForce.put(networkId, new InForce(today, now.plus(REMEMBERED), profile));
        return profile;
    }

    /** The rules of that network in force on that day. */
    public NetworkProfile on(String networkId, LocalDate day) {
        return versions.findFirstByNetworkIdAndValidFromLessThanEqualOrderByValidFromDesc(networkId, day)
                .map(version -> parsed.computeIfAbsent(version.getId(),
                        id -> NetworkProfileConfig.parse(version.getProfileYaml(), "network " + networkId)))
                .orElseGet(() -> beforeRegistration(networkId));
    }

    /** Every version of the network's rules, the newest first. */
    public List<NetworkRulesVersion> history(String networkId) {
        return versions.findByNetworkIdOrderByValidFromDesc(networkId);
    }

    /** Forgets which version is in force, after a change on this node. */
    void changed(String networkId) {
        inForce.remove(networkId);
    }

    /** Between the installation's start and its network's registration the rules are the installation's file. */
    private NetworkProfile beforeRegistration(String networkId) {
        if (networkId.equals(installation.profile().id())) {
            return installation.profile();
        }
        throw new IllegalStateException("Network " + networkId + " has no rules");
    }

    private record InForce(LocalDate day, Instant until, NetworkProfile profile) {
    }
}
