package nl.netwerkregie.security;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * The login could not be checked: the account store (the database) did not answer, e.g. during a database outage
 * (issue 19). Not the user's mistake: the login page says so and asks to try again shortly, instead of "wrong
 * password" or an error page.
 */
public class LoginUnavailableException extends InternalAuthenticationServiceException {

    public LoginUnavailableException(Throwable cause) {
        super("The account store did not answer: " + cause.getMessage(), cause);
    }
}
