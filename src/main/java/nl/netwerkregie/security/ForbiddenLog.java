package nl.netwerkregie.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Every 403 that Spring Security gives (a role on {@code /camunda} or {@code /engine-rest}, a missing CSRF token) is
 * written to the {@link SecurityLog} as {@code forbidden}, with the user, the address and the request, and then
 * answered by the door's own way.
 */
public final class ForbiddenLog implements AccessDeniedHandler {

    private final AccessDeniedHandler answer;

    private ForbiddenLog(AccessDeniedHandler answer) {
        this.answer = answer;
    }

    /** For the UI and the webapps: {@code sendError(403)}, so the servlet container shows our Dutch error page. */
    public static ForbiddenLog withErrorPage() {
        return new ForbiddenLog(new AccessDeniedHandlerImpl());
    }

    /**
     * For the REST API: the bare status. setStatus, not sendError: an error dispatch would pass the UI chain, which is
     * not the API's.
     */
    public static ForbiddenLog withStatusOnly() {
        return new ForbiddenLog((request, response, refusal) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        SecurityLog.write(SecurityLog.Event.FORBIDDEN, user, request.getRemoteAddr(),
                request.getMethod() + " " + request.getRequestURI() + " (" + refusal.getClass().getSimpleName() + ")");
        answer.handle(request, response, refusal);
    }
}
