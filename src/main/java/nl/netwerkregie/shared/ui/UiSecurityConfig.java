package nl.netwerkregie.shared.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.netwerkregie.security.ForbiddenLog;
import nl.netwerkregie.security.LoginOriginCheck;
import nl.netwerkregie.security.OwnOrigins;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * The web's three doors, configured beside the login view they send people to (the UI side, so that the
 * {@code security} module, which knows users and roles, does not depend on any screen). Three doors. The Camunda REST API ({@code /engine-rest}) takes HTTP Basic and the operator role only;
 * the Camunda webapps ({@code /camunda}) need a logged-in operator; everything else is the Vaadin UI,
 * where each view declares its roles and only views marked {@code @AnonymousAllowed} are open: the login page,
 * the public application form and the applicant's answer page.
 * Paths are matched with plain path matchers: the REST API and the webapps are not Spring MVC endpoints,
 * so MVC matchers would never match them.
 */
@EnableWebSecurity
@Configuration
class UiSecurityConfig extends VaadinWebSecurity {

    private final OwnOrigins ownOrigins;

    UiSecurityConfig(@Value("${netwerkregie.base-url}") String baseUrl) {
        this.ownOrigins = new OwnOrigins(baseUrl);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.OPERATOR))
                .httpBasic(basic -> basic.authenticationEntryPoint(UiSecurityConfig::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(UiSecurityConfig::unauthorized)
                        .accessDeniedHandler(ForbiddenLog.withStatusOnly()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * 401 with a Basic challenge. setStatus, not sendError: an error dispatch to /error would pass the UI
     * chain and turn the 401 into a redirect to the login page.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"netwerkregie\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // The error page itself is open: else a 403 to a visitor who is not logged in (a refused login
                // post) would turn, on its way to the error page, into a redirect to the login page.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(antMatcher("/camunda/**")).hasRole(Roles.OPERATOR)
                .requestMatchers(antMatcher("/images/**")).permitAll());
        // The Camunda webapps bring their own CSRF protection.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**")));
        http.headers(SecurityHeaders::configure);
        // Vaadin exempts the login form from CSRF tokens; its Origin is checked instead (login CSRF, issue 17).
        http.addFilterBefore(new LoginOriginCheck("/login", ownOrigins), UsernamePasswordAuthenticationFilter.class);
        super.configure(http);
        // After super, which sets Vaadin's handler (a 401 for a Hilla endpoint's CSRF failure; we have no Hilla):
        // every 403 is logged, then answered with the error page as before.
        http.exceptionHandling(e -> e.accessDeniedHandler(ForbiddenLog.withErrorPage()));
        setLoginView(http, LoginView.class);
    }
}
