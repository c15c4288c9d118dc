package nl.netwerkregie.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Every 403 that Spring Security gives (a role on {@code /camunda}, a missing CSRF token) is written to the
 * {@link SecurityLog} as {@code forbidden}, with the user, the address and the request, and then answered as
 * before: {@code sendError(403)}, so the servlet container shows our Dutch error page.
 */
public final class ForbiddenLog implements AccessDeniedHandler {

    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        SecurityLog.write(SecurityLog.Event.FORBIDDEN, user, request.getRemoteAddr(),
                request.getMethod() + " " + request.getRequestURI() + " (" + refusal.getClass().getSimpleName() + ")");
        answer.handle(request, response, refusal);
    }
}
