package nl.netwerkregie.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
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
        Optional<String> network = choice.forRequest(kept instanceof NetworkChoice.Chosen c ? c : null);
        // Also a scope for the installation's network (null): a choice made during the request ends with it.
        try (CurrentNetwork.Scope scope = CurrentNetwork.enter(network.orElse(null))) {
            chain.doFilter(request, response);
        }
    }
}
