package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.netwerkregie.security.RequestSource;
import nl.netwerkregie.security.SecurityLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A logged-in user opened a page their role may not see (Vaadin's route check said no): written to the security log
 * with the route and the user (issue 17), then shown as "not found", as Vaadin's own handler does, so the page's
 * existence is not revealed.
 */
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        SecurityLog.write(SecurityLog.Event.ACCESS_DENIED, user == null ? null : user.getName(),
                RequestSource.current(), "page /" + event.getLocation().getPathWithQueryParameters());
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
