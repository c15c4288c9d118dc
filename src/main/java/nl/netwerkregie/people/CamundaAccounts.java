package nl.netwerkregie.people;

import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.token.SecretTokens;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The account's side in Camunda's identity store: the user (name, e-mail, password hash) and its groups (the
 * account roles). An account no one may use yet, or any more, gets a random password nobody knows.
 */
@Component
class CamundaAccounts {

    private final IdentityService identity;

    CamundaAccounts(IdentityService identity) {
        this.identity = identity;
    }

    boolean exists(String username) {
        return identity.createUserQuery().userId(username).count() > 0;
    }

    boolean emailInUse(String email) {
        return identity.createUserQuery().userEmail(email).count() > 0;
    }

    void create(Person person, Set<Role> roles) {
        User user = identity.newUser(person.getUsername());
        user.setFirstName(person.getFirstName());
        user.setLastName(person.getLastName());
        user.setEmail(person.getEmail());
        user.setPassword(SecretTokens.newToken());
        identity.saveUser(user);
        setRoles(person.getUsername(), roles);
    }

    void setPassword(String username, String password) {
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    /** Nobody can log in with it any more (nor through the REST API's basic authentication). */
    void lock(String username) {
        setPassword(username, SecretTokens.newToken());
    }

    /** The account roles; roles that come from seats (board, werkgroep chair) are not stored here. */
    void setRoles(String username, Set<Role> roles) {
        Set<Role> current = rolesOf(username);
        for (Role role : Role.values()) {
            boolean member = current.contains(role);
            if (roles.contains(role) && !member) {
                identity.createMembership(username, role.groupId());
            } else if (!roles.contains(role) && member) {
                identity.deleteMembership(username, role.groupId());
            }
        }
    }

    Set<Role> rolesOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream()
                .flatMap(g -> Role.ofGroupId(g.getId()).stream())
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }
}
