package nl.netwerkregie.security;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on into the Camunda webapps: after Spring Security has let an operator through to
 * {@code /camunda/**} (see {@code shared.ui.UiSecurityConfig}), this filter hands the same user to the webapps instead of
 * showing Camunda's own login page (which would start a new session and log the operator out of the UI).
 */
@Configuration
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityWebappAuthentication.class.getName()));
        // After the Spring Security filter chain, so the security context is there.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }
}
