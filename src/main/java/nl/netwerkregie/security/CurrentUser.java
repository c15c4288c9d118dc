package nl.netwerkregie.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, read from Spring Security. Services use it to check roles even when a view already did. */
@Component
public class CurrentUser {

    /** The user id (also the Camunda user id). */
    public String username() {
        Authentication auth = authentication();
        return auth.getName();
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .forEach(a -> Role.ofAuthority(a).ifPresent(roles::add));
        return roles;
    }

    /** The Camunda candidate groups the user belongs to. */
    public List<String> groupIds() {
        return roles().stream().map(Role::groupId).toList();
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public boolean isAuthenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Throws {@link AccessDeniedException} unless the user has at least one of the roles. */
    public void require(Role... anyOf) {
        Set<Role> mine = roles();
        for (Role role : anyOf) {
            if (mine.contains(role)) {
                return;
            }
        }
        throw new AccessDeniedException("Requires one of " + List.of(anyOf));
    }

    /**
     * Throws {@link AccessDeniedException} unless the user may read a network's figures (counts that name no one):
     * the national organisation, the operator, a coordinator of the network.
     */
    public void requireFiguresReader() {
        require(Role.NATIONAL, Role.OPERATOR, Role.COORDINATOR);
    }

    private Authentication authentication() {
        if (!isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
