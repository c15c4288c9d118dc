package nl.netwerkregie.shared.task;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.network.NetworkChoice;
import nl.netwerkregie.network.NetworkMemberships;
import nl.netwerkregie.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda REST API ({@code /engine-rest}) for an operator of one or more networks shows only their networks'
 * instances, tasks and history: each request runs with a Camunda authentication that names the caller's networks as
 * tenant ids, and the engine's tenant check (on by default) filters every query by them; Camunda's authorization
 * check (on, see {@code security.EngineGrants}) limits what they may do. The hosting operator (in Camunda's
 * administrators group) sees every network, as in Cockpit. Every request runs under the caller's name, so Camunda's
 * user operation log says who repaired what. The Spring filter before this one lets only operators in.
 */
@Configuration
class EngineRestOfTheNetwork {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestNetworks(IdentityService identity,
            NetworkMemberships memberships) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            /** The hosting operator's tenants are all (the engine skips its tenant check for administrators). */
            private List<String> networksOf(String user, List<String> groups) {
                if (groups.contains(Roles.CAMUNDA_ADMIN_GROUP)) {
                    return null;
                }
                List<String> networks = new ArrayList<>(memberships.networksOf(user));
                if (networks.isEmpty()) {
                    // An operator of no network sees nothing of any network.
                    networks.add(NetworkChoice.NONE);
                }
                return networks;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                if (caller == null || !caller.isAuthenticated()) {
                    chain.doFilter(request, response);
                    return;
                }
                List<String> groups = identity.createGroupQuery().groupMember(caller.getName()).list().stream()
                        .map(Group::getId).toList();
                identity.setAuthentication(caller.getName(), groups, networksOf(caller.getName(), groups));
                try {
                    chain.doFilter(request, response);
                } finally {
                    identity.clearAuthentication();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engineRestOfTheNetwork");
        return registration;
    }
}
