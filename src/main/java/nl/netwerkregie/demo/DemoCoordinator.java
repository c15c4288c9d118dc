package nl.netwerkregie.demo;

import java.util.List;
import nl.netwerkregie.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo loaders fill the registers through the same services a coordinator uses, as a coordinator "demo". */
final class DemoCoordinator {

    private DemoCoordinator() {
    }

    static void run(Runnable action) {
        as("demo", Role.COORDINATOR, action);
    }

    /** The action as that demo user with that role, as a click of theirs would run. */
    static void as(String username, Role role, Runnable action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
