package nl.netwerkregie.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Logging in is paused, for the account or for the address it comes from, until {@link #until()}: after failed
 * attempts, for a while that grows, never for good. The login page tells the user until when.
 */
public class LoginPausedException extends LockedException {

    private final transient Instant until;

    public LoginPausedException(Instant until) {
        super("Login paused until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
