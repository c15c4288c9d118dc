package nl.netwerkregie.network;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The network a user works for in their session (ADR 0010): the one they work for when they have one, the one
 * they chose when they have several (until then: none, so they see nothing of any network), any network for the
 * hosting operator, none for the national organisation (it reads the figures networks share, never a network's own
 * pages). A visitor (the public application form) is for the network its address names.
 * {@link NetworkOfTheRequest} applies it to every request of the session.
 */
@Component
public class NetworkChoice {

    /** The network of no-one: what a user with several networks works for before choosing. Has no rows. */
    public static final String NONE = "-";
    static final String ATTRIBUTE = NetworkChoice.class.getName();
    /** The query parameter of a public address that names its network: {@code /aanmelden?netwerk=utrecht}. */
    public static final String VISITOR_PARAMETER = "netwerk";

    private final NetworkMemberships memberships;
    private final Networks networks;
    private final CurrentNetwork currentNetwork;
    private final CurrentUser currentUser;

    NetworkChoice(NetworkMemberships memberships, Networks networks, CurrentNetwork currentNetwork,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.networks = networks;
        this.currentNetwork = currentNetwork;
    }

    /** The networks the logged-in user may work for, by name. */
    public List<Network> available() {
        if (!currentUser.isAuthenticated()) {
            return List.of();
        }
        if (currentUser.has(Role.OPERATOR)) {
            return networks.all();
        }
        Set<String> mine = memberships.networksOf(currentUser.username());
        return networks.all().stream().filter(n -> mine.contains(n.getId())).toList();
    }

    /** True when the user works for several networks and has not chosen yet. */
    public boolean mustChoose() {
        return worksForNoNetwork() && !available().isEmpty();
    }

    /**
     * True when the current work is for no network: someone of several networks before choosing, or the national
     * organisation. Every page of a network is empty then, and there are no network rules to show.
     */
    public boolean worksForNoNetwork() {
        return NONE.equals(currentNetwork.id());
    }

    /** The user works for that network from now on, in this session (and this request). */
    public void choose(String networkId) {
        String username = currentUser.username();
        if (available().stream().noneMatch(n -> n.getId().equals(networkId))) {
            throw new org.springframework.security.access.AccessDeniedException(
                    username + " does not work for network " + networkId);
        }
        remember(new Chosen(username, networkId));
    }

    /** A visitor (not logged in) is for that network, when it exists: the public application form's address. */
    public boolean chooseAsVisitor(String networkId) {
        if (currentUser.isAuthenticated() || networkId == null || !networks.exists(networkId)) {
            return false;
        }
        remember(new Chosen(null, networkId));
        return true;
    }

    /**
     * A logged-in user follows a link that names a network (the mails about their tasks do): they work for that
     * network from then on, when it is one of theirs. Empty when it is not, or nobody is logged in.
     */
    public Optional<String> chooseFromLink(String networkId) {
        if (!currentUser.isAuthenticated() || networkId == null
                || available().stream().noneMatch(n -> n.getId().equals(networkId))) {
            return Optional.empty();
        }
        remember(new Chosen(currentUser.username(), networkId));
        return Optional.of(networkId);
    }

    /** The network for a request of this user, or empty for the installation's own (the default). */
    Optional<String> forRequest(Chosen chosen) {
        String username = currentUser.isAuthenticated() ? currentUser.username() : null;
        if (chosen != null && java.util.Objects.equals(chosen.username(), username)) {
            return Optional.of(chosen.networkId());
        }
        if (username == null) {
            return Optional.empty();
        }
        Set<String> mine = memberships.networksOf(username);
        if (mine.size() == 1) {
            String only = mine.iterator().next();
            remember(new Chosen(username, only));
            return Optional.of(only);
        }
        // Several networks: none until chosen. The national organisation (no network of its own): none, so its
        // ordinary pages show nothing of any network. None at all otherwise (the hosting operator, the accounts of
        // the installation's start): the installation's network, as before many networks.
        if (mine.isEmpty()) {
            return currentUser.has(Role.NATIONAL) && !currentUser.has(Role.OPERATOR) ? Optional.of(NONE)
                    : Optional.empty();
        }
        return Optional.of(NONE);
    }

    private void remember(Chosen chosen) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, chosen, RequestAttributes.SCOPE_SESSION);
        }
        CurrentNetwork.switchTo(chosen.networkId());
    }

    /** The choice kept in the session: whose, and which network. */
    record Chosen(String username, String networkId) implements Serializable {
    }
}
