package nl.netwerkregie.people;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the people register. */
@Service
public class PeopleQueries {

    private final PersonRepository people;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final CamundaAccounts accounts;

    private final CurrentNetwork currentNetwork;

    PeopleQueries(PersonRepository people, IdentityService identity, CurrentUser currentUser,
            CamundaAccounts accounts, CurrentNetwork currentNetwork) {
        this.currentNetwork = currentNetwork;
        this.people = people;
        this.identity = identity;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The networks the person with that login works for (none for an unknown login). Checks no role. */
    @Transactional(readOnly = true)
    public Set<String> networksOf(String username) {
        return people.findByUsername(username).map(Person::getNetworks).orElse(Set.of());
    }

    /** Everyone in the network's register, by last name, with their account roles (one query per role, not per person). */
    @Transactional(readOnly = true)
    public List<PersonRow> all() {
        currentUser.require(Role.COORDINATOR, Role.OPERATOR, Role.SECRETARY);
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Role role : Role.values()) {
            identity.createUserQuery().memberOfGroup(role.groupId()).list()
                    .forEach(u -> roles.computeIfAbsent(u.getId(), k -> EnumSet.noneOf(Role.class)).add(role));
        }
        return people.findAllOfNetwork(currentNetwork.id()).stream()
                .map(p -> row(p, roles.getOrDefault(p.getUsername(), Set.of())))
                .toList();
    }

    /** The people of an organisation (its contacts and others who work there). Checks no role. */
    @Transactional(readOnly = true)
    public List<PersonRow> ofOrganisation(long organisationId) {
        // The person table is of no network: an organisation id of another network must find none of its people.
        return people.findOfOrganisation(currentNetwork.id(), organisationId).stream().map(p -> row(p, rolesOf(p.getUsername()))).toList();
    }

    /** The person with that e-mail address (any case). Checks no role. */
    @Transactional(readOnly = true)
    public Optional<PersonRow> byEmail(String email) {
        return email == null ? Optional.empty()
                : people.findByEmailIgnoreCase(email.strip()).map(p -> row(p, rolesOf(p.getUsername())));
    }

    /** The people with these logins, by login (one query). Checks no role. */
    @Transactional(readOnly = true)
    public Map<String, PersonRow> byUsernames(java.util.Collection<String> usernames) {
        Map<String, PersonRow> found = new HashMap<>();
        people.findByUsernameIn(usernames).forEach(p -> found.put(p.getUsername(), row(p, Set.of())));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<PersonRow> byUsername(String username) {
        return people.findByUsername(username).map(p -> row(p, rolesOf(p.getUsername())));
    }

    private Set<Role> rolesOf(String username) {
        return accounts.rolesOf(username);
    }

    private static PersonRow row(Person p, Set<Role> roles) {
        return new PersonRow(p.getId(), p.getUsername(), p.fullName(), p.getEmail(), p.getOrganisationId(),
                p.getState(), roles, p.getInvitedAt());
    }
}
