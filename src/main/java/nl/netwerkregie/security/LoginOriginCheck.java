package nl.netwerkregie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF (issue 17): Vaadin's login form posts without a CSRF token, and Vaadin tells Spring Security not to
 * ask for one on {@code /login}. Without a check, a foreign page could post its own account's name and password
 * and so log a visitor in as the attacker, who then reads what the visitor types. This filter refuses, with 403, a
 * POST to the login address whose {@code Origin} (or, without it, {@code Referer}) is not the application's own.
 * <p>
 * A POST with neither header passes: every browser in use sends {@code Origin} on a form POST, also to a foreign
 * site (as {@code null} when the page hides its address, which is refused), so the victim's browser that a login
 * CSRF needs always carries one. What sends neither is a script, which could just as well send a matching Origin;
 * refusing it protects nobody and breaks monitoring and scripted checks.
 */
public final class LoginOriginCheck extends OncePerRequestFilter {

    private final String loginPath;
    private final OwnOrigins ownOrigins;

    public LoginOriginCheck(String loginPath, OwnOrigins ownOrigins) {
        this.loginPath = loginPath;
        this.ownOrigins = ownOrigins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String claimed = claimedOrigin(request);
        if (claimed == null || ownOrigins.includes(claimed, request)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityLog.write(SecurityLog.Event.LOGIN_REFUSED, request.getParameter("username"), request.getRemoteAddr(),
                "login posted from a foreign origin " + claimed);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The Origin header, or the origin part of the Referer; null when the request has neither. */
    private static String claimedOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin;
        }
        String referer = request.getHeader("Referer");
        return referer == null ? null : OwnOrigins.originOf(referer);
    }
}
