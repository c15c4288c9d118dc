package nl.netwerkregie.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks the installation serves, and the records of their rules. Checks only what keeps the data whole
 * (an {@link IllegalArgumentException} otherwise); the screens that call it tell the user what is wrong first.
 */
@Component
public class Networks {

    /** Network ids: lower-case letters, digits and hyphens, as they appear in addresses and files. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    private final NetworkRepository networks;
    private final NetworkRulesRepository versions;
    private final NetworkRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Networks(NetworkRepository networks, NetworkRulesRepository versions, NetworkRules rules,
            ApplicationEventPublisher events, Clock clock) {
        this.networks = networks;
        this.versions = versions;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public List<Network> all() {
        return networks.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    public Optional<Network> find(String id) {
        return networks.findById(id);
    }

    public boolean exists(String id) {
        return networks.existsById(id);
    }

    /** The profile in the YAML text, or {@link IllegalStateException} saying what is wrong with it. */
    public static NetworkProfile parse(String yaml) {
        return NetworkProfileConfig.parse(yaml, "the rules");
    }

    /** Registers a network with its first rules, in force from today, and publishes {@link NetworkRegistered}. */
    @Transactional
    public Network register(String id, String name, String profileYaml, String by) {
        if (id == null || !id.matches(ID_PATTERN) || networks.existsById(id)) {
            throw new IllegalArgumentException("Network id taken or malformed: " + id);
        }
        requireOwnId(id, profileYaml);
        Instant now = Instant.now(clock);
        Network network = networks.save(new Network(id, name, now));
        versions.save(new NetworkRulesVersion(id, LocalDate.of(2000, 1, 1), profileYaml, "registered", by, now));
        rules.changed(id);
        events.publishEvent(new NetworkRegistered(id));
        return network;
    }

    /**
     * Records a change of the network's rules, in force from {@code validFrom} (today or later: what was decided
     * under the rules before stays decided). A second change for the same day replaces one not yet in force.
     */
    @Transactional
    public NetworkRulesVersion changeRules(String id, String profileYaml, LocalDate validFrom, String reason,
            String by) {
        if (!networks.existsById(id)) {
            throw new IllegalArgumentException("No network " + id);
        }
        if (validFrom.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A rule change cannot take effect in the past: " + validFrom);
        }
        requireOwnId(id, profileYaml);
        versions.findByNetworkIdOrderByValidFromDesc(id).stream()
                .filter(v -> v.getValidFrom().equals(validFrom))
                .findFirst()
                .ifPresent(versions::delete);
        versions.flush();
        NetworkRulesVersion saved = versions.save(
                new NetworkRulesVersion(id, validFrom, profileYaml, reason, by, Instant.now(clock)));
        rules.changed(id);
        return saved;
    }

    /** Records whether the network's board agreed to share its figures with the national view. */
    @Transactional
    public void shareNational(String id, boolean share) {
        shareNational(id, share, null, "system");
    }

    /**
     * Records whether the network's board agreed to share its figures with the national view, from today: the
     * board's decision (a reference or date, optional) and who switched it.
     */
    @Transactional
    public void shareNational(String id, boolean share, String decision, String by) {
        networks.findById(id).orElseThrow(() -> new IllegalArgumentException("No network " + id))
                .shareNational(share, LocalDate.now(clock), decision, by);
    }

    private static void requireOwnId(String id, String profileYaml) {
        NetworkProfile profile = parse(profileYaml);
        if (!id.equals(profile.id())) {
            throw new IllegalArgumentException("The rules are those of network " + profile.id() + ", not " + id);
        }
    }
}
