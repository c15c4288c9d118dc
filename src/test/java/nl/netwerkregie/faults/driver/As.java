package nl.netwerkregie.faults.driver;

import java.util.List;
import java.util.function.Supplier;
import nl.netwerkregie.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a driver step logged in as a demo user with a role, as a logged-in person's click would (or anonymously). */
final class As {

    private As() {
    }

    static <T> T user(String username, Role role, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void run(String username, Role role, Runnable action) {
        user(username, role, () -> {
            action.run();
            return null;
        });
    }

    static <T> T anonymous(Supplier<T> action) {
        SecurityContextHolder.clearContext();
        return action.get();
    }
}
