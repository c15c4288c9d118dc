package nl.netwerkregie.people;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.netwerkregie.security.AccountDeactivated;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What coordinators (and the operator) do with people: invite, invite again, change account roles, deactivate.
 * The person sets their own password through the link ({@link AccountService}).
 */
@Service
public class PeopleService {

    private static final Logger log = LoggerFactory.getLogger(PeopleService.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Roles a coordinator hands out; the operator role only an operator does. Seats give the others. */
    private static final Set<Role> ACCOUNT_ROLES = EnumSet.of(Role.COORDINATOR, Role.SECRETARY, Role.MEMBER_CONTACT);

    private final PersonRepository people;
    private final CamundaAccounts accounts;
    private final AccountLinks links;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentNetwork currentNetwork;

    PeopleService(PersonRepository people, CamundaAccounts accounts, AccountLinks links, CurrentUser currentUser,
            UserDirectory users, ApplicationEventPublisher events, Clock clock, CurrentNetwork currentNetwork) {
        this.currentNetwork = currentNetwork;
        this.people = people;
        this.accounts = accounts;
        this.links = links;
        this.currentUser = currentUser;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** What an invitation made: the person and the link's secret (mailed; returned for the demo and tests). */
    public record Invitation(long personId, String username, String token) {
    }

    /**
     * Registers the person and mails them a one-time link to set their password. The login name is made from the
     * e-mail address; they may also log in with the address itself.
     */
    @Transactional
    public Invitation invite(PersonForm form) {
        return register(form, true);
    }

    /**
     * Registers the person as {@link #invite} does, without a mail: for a link handed over in person. The demo
     * loader accepts it at once with the demo password.
     */
    @Transactional
    public Invitation inviteByHand(PersonForm form) {
        return register(form, false);
    }

    /**
     * Checks the name and e-mail address as {@link #invite} does, without registering anyone: for a screen that
     * must know the invitation can go out before it does something else first (the operator adding a network).
     */
    public void check(PersonForm form) {
        details(form);
    }

    /** The form's name and address, checked. */
    private record Details(String firstName, String lastName, String email) {
    }

    private static Details details(PersonForm form) {
        // One name is enough ("Jansen"): some contacts are known by their last name only.
        String firstName = Objects.requireNonNullElse(Texts.optional(form.firstName(), 100), "");
        String lastName = Texts.require(form.lastName(), 100, "person.lastNameRequired");
        String email = Texts.require(form.email(), 254, "person.emailRequired").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new DomainException("validation.email");
        }
        return new Details(firstName, lastName, email);
    }

    private Invitation register(PersonForm form, boolean mail) {
        currentUser.require(Role.COORDINATOR, Role.OPERATOR);
        Details details = details(form);
        String firstName = details.firstName();
        String lastName = details.lastName();
        String email = details.email();
        Set<Role> roles = allowedRoles(form.roles());
        Optional<Person> known = people.findByEmailIgnoreCase(email);
        if (known.isPresent() && !known.get().worksFor(currentNetwork.id())) {
            return joinNetwork(known.get(), roles, mail);
        }
        if (known.isPresent() || accounts.emailInUse(email)) {
            throw new DomainException("person.emailInUse", email);
        }
        Person person = people.save(new Person(currentNetwork.id(), freeUsername(email), firstName, lastName, email,
                form.organisationId(), currentUser.username(), Instant.now(clock)));
        accounts.create(person, roles);
        String token = mail ? links.invite(person, users.displayName(currentUser.username()))
                : links.issueInvitation(person);
        log.info("{} invited {} ({}) with roles {}", currentUser.username(), person.getUsername(), email, roles);
        return new Invitation(person.getId(), person.getUsername(), token);
    }

    /**
     * Someone who works for another network and now also for this one keeps their account and password: they get
     * this network's roles besides their own and a mail saying so, and choose the network after login.
     */
    private Invitation joinNetwork(Person person, Set<Role> roles, boolean mail) {
        // Roles are the account's, in every network it works for (Camunda's groups are global): joining with other
        // roles would give this network's coordinator's grant to the other network too, or the other network's
        // roles to this one. Until roles are per network, a person joins with the roles they have.
        Set<Role> theirs = EnumSet.noneOf(Role.class);
        theirs.addAll(accounts.rolesOf(person.getUsername()));
        theirs.remove(Role.OPERATOR);
        if (!theirs.equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))) {
            throw new DomainException("person.otherRolesInOtherNetwork", person.fullName(), theirs.stream()
                    .map(Role::name).sorted().collect(java.util.stream.Collectors.joining(", ")));
        }
        person.join(currentNetwork.id());
        if (mail) {
            links.joined(person, users.displayName(currentUser.username()));
        }
        log.info("{} added {} to network {} with roles {}", currentUser.username(), person.getUsername(),
                currentNetwork.id(), roles);
        return new Invitation(person.getId(), person.getUsername(), null);
    }

    /** Mails a new link (the earlier one stops working): a lost or expired invitation, or a person who came back. */
    @Transactional
    public Invitation inviteAgain(long personId) {
        currentUser.require(Role.COORDINATOR, Role.OPERATOR);
        Person person = get(personId);
        if (person.getState() == PersonState.ACTIVE) {
            throw new DomainException("person.alreadyActive", person.fullName());
        }
        person.reinvite(currentUser.username(), Instant.now(clock));
        accounts.lock(person.getUsername());
        String token = links.invite(person, users.displayName(currentUser.username()));
        return new Invitation(person.getId(), person.getUsername(), token);
    }

    @Transactional
    public void changeRoles(long personId, Set<Role> roles) {
        currentUser.require(Role.COORDINATOR, Role.OPERATOR);
        Person person = get(personId);
        requireOnlyThisNetwork(person);
        Set<Role> kept = EnumSet.noneOf(Role.class);
        // An operator role is not the coordinator's to take away.
        if (accounts.rolesOf(person.getUsername()).contains(Role.OPERATOR) && !currentUser.has(Role.OPERATOR)) {
            kept.add(Role.OPERATOR);
        }
        kept.addAll(allowedRoles(roles));
        accounts.setRoles(person.getUsername(), kept);
        log.info("{} set the roles of {} to {}", currentUser.username(), person.getUsername(), kept);
    }

    /**
     * The person left: they can no longer log in, their links stop working, and the features take their work
     * over ({@link AccountDeactivated}: open votes, personal tasks). Nobody deactivates themselves.
     */
    @Transactional
    public void deactivate(long personId) {
        currentUser.require(Role.COORDINATOR, Role.OPERATOR);
        Person person = get(personId);
        if (person.getUsername().equals(currentUser.username())) {
            throw new DomainException("person.cannotDeactivateSelf");
        }
        if (person.getState() == PersonState.DEACTIVATED) {
            throw new DomainException("person.alreadyDeactivated", person.fullName());
        }
        requireOnlyThisNetwork(person);
        person.deactivate(currentUser.username(), Instant.now(clock));
        accounts.lock(person.getUsername());
        links.revokeAll(person);
        log.info("{} deactivated {}", currentUser.username(), person.getUsername());
        events.publishEvent(new AccountDeactivated(person.getUsername(), person.fullName(), currentUser.username()));
    }

    /**
     * An account of several networks is changed by the hosting operator only: a coordinator of one network must not
     * change what the person may do, or whether they may log in, in another.
     */
    private void requireOnlyThisNetwork(Person person) {
        if (person.getNetworks().size() > 1 && !currentUser.has(Role.OPERATOR)) {
            throw new DomainException("person.inSeveralNetworks", person.fullName());
        }
    }

    private Person get(long personId) {
        return people.findById(personId).filter(p -> p.worksFor(currentNetwork.id()))
                .orElseThrow(() -> new DomainException("person.notFound"));
    }

    private Set<Role> allowedRoles(Set<Role> asked) {
        Set<Role> allowed = EnumSet.copyOf(ACCOUNT_ROLES);
        if (currentUser.has(Role.OPERATOR)) {
            allowed.add(Role.OPERATOR);
        }
        for (Role role : asked) {
            if (!allowed.contains(role)) {
                throw new DomainException("person.roleNotYours", role.name());
            }
        }
        return asked.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(asked);
    }

    // "h.kamphuis@mst.example" becomes "hkamphuis", or "hkamphuis2" when that is taken: Camunda's identity store
    // takes letters and digits only.
    private String freeUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9]", "");
        base = base.isEmpty() ? "gebruiker" : base.substring(0, Math.min(base.length(), 50));
        String candidate = base;
        for (int n = 2; people.existsByUsername(candidate) || accounts.exists(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
