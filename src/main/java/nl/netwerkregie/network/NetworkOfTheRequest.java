package nl.netwerkregie.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request works for the network of its session ({@link NetworkChoice}), from before any transaction begins
 * to its end. Runs after Spring Security's filters, so it knows who is asking.
 */
@Component
class NetworkOfTheRequest extends OncePerRequestFilter {

    private final NetworkChoice choice;

    NetworkOfTheRequest(NetworkChoice choice) {
        this.choice = choice;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(NetworkChoice.ATTRIBUTE);
        // The scope first: what the choice sets (also when it remembers a person's only network) ends with the
        // request, and the next request on this thread of the pool starts clean.
        try (CurrentNetwork.Scope scope = CurrentNetwork.enter(null)) {
            choice.forRequest(kept instanceof NetworkChoice.Chosen c ? c : null).ifPresent(CurrentNetwork::switchTo);
            // A public address names its network (the application form, the applicant's answer page): the visitor's
            // session is for that network from then on. Vaadin's first request after the page carries it too.
            String named = request.getParameter(NetworkChoice.VISITOR_PARAMETER);
            // A link in a mail about a task names the task's network, so that someone of several networks lands
            // in the right one.
            if (named != null && !choice.chooseAsVisitor(named)) {
                choice.chooseFromLink(named).ifPresent(CurrentNetwork::switchTo);
            }
            chain.doFilter(request, response);
        }
    }
}
