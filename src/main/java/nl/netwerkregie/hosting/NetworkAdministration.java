package nl.netwerkregie.hosting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.network.NetworkRulesVersion;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the operator does with the networks of the installation: add one with its rules and first coordinator,
 * invite a coordinator again, record a dated change of the rules, download the rules in force. Only the operator.
 * <p>
 * Not one transaction: the network is registered (committed) first, and its coordinator is then invited for that
 * network, in a transaction of the new network (Hibernate fixes a session's network when it opens). When the
 * invitation is refused the network stays, and the operator invites again ({@link #inviteCoordinator}).
 */
@Service
public class NetworkAdministration {

    private static final Logger log = LoggerFactory.getLogger(NetworkAdministration.class);

    private final Networks networks;
    private final NetworkRules rules;
    private final RulesTemplates templates;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    NetworkAdministration(Networks networks, NetworkRules rules, RulesTemplates templates, PeopleService people, CurrentUser currentUser,
            Clock clock) {
        this.networks = networks;
        this.rules = rules;
        this.templates = templates;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What adding a network did: the network is registered; its coordinator is invited, unless the invitation was
     * refused (then {@code invitationRefused} says why, and the operator invites again).
     */
    public record NetworkAdded(String networkId, Optional<DomainException> invitationRefused) {
    }

    /**
     * Adds a network with its rules (in force from today) and invites its first coordinator by e-mail into it.
     * Everything the form can be refused for is checked before anything is stored.
     */
    public NetworkAdded addNetwork(NetworkForm form) {
        currentUser.require(Role.OPERATOR);
        String id = newId(form.id());
        String name = Texts.require(form.name(), 200, "hosting.nameRequired");
        String yaml = Texts.isBlank(form.rulesYaml()) && form.template() != null
                ? templates.text(form.template(), id, name) : form.rulesYaml();
        checkRules(id, yaml);
        PersonForm coordinator = coordinator(form.coordinatorFirstName(), form.coordinatorLastName(),
                form.coordinatorEmail());
        people.check(coordinator);

        networks.register(id, name, yaml, currentUser.username());
        log.info("{} added network {} ({})", currentUser.username(), id, name);
        try {
            invite(id, coordinator);
            return new NetworkAdded(id, Optional.empty());
        } catch (DomainException refused) {
            log.warn("Network {} added, its coordinator not invited: {}", id, refused.getMessage());
            return new NetworkAdded(id, Optional.of(refused));
        }
    }

    /** Invites a coordinator into an existing network by e-mail (its first, or one whose invitation failed). */
    public void inviteCoordinator(String networkId, String firstName, String lastName, String email) {
        currentUser.require(Role.OPERATOR);
        requireNetwork(networkId);
        invite(networkId, coordinator(firstName, lastName, email));
    }

    /**
     * Records a change of the network's rules, in force from {@code validFrom}: today or later, so that what was
     * decided under the rules before stays decided. A second change for the same day replaces the first.
     */
    public NetworkRulesVersion changeRules(String networkId, String yaml, LocalDate validFrom, String reason) {
        currentUser.require(Role.OPERATOR);
        requireNetwork(networkId);
        if (validFrom == null) {
            throw new DomainException("hosting.validFromRequired");
        }
        if (validFrom.isBefore(LocalDate.now(clock))) {
            throw new DomainException("hosting.validFromInPast");
        }
        String why = Texts.require(reason, 500, "hosting.reasonRequired");
        checkRules(networkId, yaml);
        NetworkRulesVersion version = networks.changeRules(networkId, yaml, validFrom, why, currentUser.username());
        log.info("{} changed the rules of network {} from {}: {}", currentUser.username(), networkId, validFrom, why);
        return version;
    }

    /** The YAML of the network's rules in force today (the export and download format). */
    public String exportRules(String networkId) {
        currentUser.require(Role.OPERATOR);
        return rulesInForce(networkId).getProfileYaml();
    }

    /** The version of the network's rules in force today. */
    NetworkRulesVersion rulesInForce(String networkId) {
        requireNetwork(networkId);
        LocalDate today = LocalDate.now(clock);
        return rules.history(networkId).stream().filter(v -> !v.getValidFrom().isAfter(today)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Network " + networkId + " has no rules in force"));
    }

    private void invite(String networkId, PersonForm coordinator) {
        // Around the transaction of the invitation, so that it is the new network's (see CurrentNetwork).
        CurrentNetwork.as(networkId, () -> people.invite(coordinator));
    }

    private static PersonForm coordinator(String firstName, String lastName, String email) {
        return new PersonForm(firstName, lastName, email, null, Set.of(Role.COORDINATOR));
    }

    private String newId(String asked) {
        String id = Texts.require(asked, 40, "hosting.idRequired");
        if (!id.matches(Networks.ID_PATTERN)) {
            throw new DomainException("hosting.idFormat", id);
        }
        if (networks.exists(id)) {
            throw new DomainException("hosting.idTaken", id);
        }
        return id;
    }

    private void requireNetwork(String networkId) {
        if (networkId == null || !networks.exists(networkId)) {
            throw new DomainException("hosting.networkNotFound", String.valueOf(networkId));
        }
    }

    /** The rules as the network's: readable, valid, and with the network's own id. */
    private static void checkRules(String networkId, String yaml) {
        if (Texts.isBlank(yaml)) {
            throw new DomainException("hosting.rulesRequired");
        }
        NetworkProfile profile;
        try {
            profile = Networks.parse(yaml);
        } catch (IllegalStateException unreadable) {
            throw new DomainException("hosting.rulesUnreadable", parserMessage(unreadable));
        }
        if (!networkId.equals(profile.id())) {
            throw new DomainException("hosting.rulesOfOtherNetwork", String.valueOf(profile.id()), networkId);
        }
    }

    // The parser's own words, without our "Cannot read network profile the rules: " in front.
    private static String parserMessage(IllegalStateException unreadable) {
        Throwable cause = unreadable.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : unreadable.getMessage();
    }
}
