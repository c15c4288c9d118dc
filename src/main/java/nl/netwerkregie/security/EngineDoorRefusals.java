package nl.netwerkregie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What nobody may do through the engine's own doors (the REST API and the webapps' API behind Cockpit and
 * Tasklist), the operator included (issue 17):
 * <ul>
 * <li><b>deploy</b>: a deployed BPMN runs its expressions and scripts inside this JVM, so deploying is running code.
 * The application deploys its own {@code processes/} at start-up; nothing else needs to.</li>
 * <li><b>complete, resolve or fail a user task, or write its variables</b>: a step is done through the feature's
 * own service, which checks who may do it and records it (a board vote counts only through the board service).
 * The operator repairs by other means (retries, modification, reassignment), which Camunda records in its user
 * operation log under the operator's name.</li>
 * </ul>
 * Refused with 403 and written to the security log. The filter runs after Spring Security, so the caller is known.
 */
@Configuration
class EngineDoorRefusals {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final List<Pattern> REFUSED = List.of(
            Pattern.compile(".*/deployment/create/?"),
            Pattern.compile(".*/deployment/[^/]+/redeploy/?"),
            Pattern.compile(".*/task/[^/]+/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?"),
            Pattern.compile(".*/task/[^/]+/(variables|localVariables)(/.*)?"));

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineDoorRefusalFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (isRefused(request.getMethod(), path)) {
                    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                    SecurityLog.write(SecurityLog.Event.OPERATION_REFUSED, caller == null ? null : caller.getName(),
                            request.getRemoteAddr(), request.getMethod() + " " + path
                                    + ": deploying and completing tasks through the engine are closed to everyone");
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Deploying processes and completing "
                            + "tasks through the engine are closed; steps are done in Netwerkregie itself.\"}");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("engineDoorRefusals");
        // After Spring Security, before the webapps' own filters.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static boolean isRefused(String method, String path) {
        return WRITES.contains(method.toUpperCase(java.util.Locale.ROOT))
                && REFUSED.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }
}
