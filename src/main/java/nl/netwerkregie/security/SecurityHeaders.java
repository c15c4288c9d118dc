package nl.netwerkregie.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The response headers of the UI (issue 17). Spring Security's defaults stay (X-Content-Type-Options: nosniff,
 * no caching of pages, HSTS on a secure request); added are a Content-Security-Policy, a Referrer-Policy and
 * framing by our own pages only.
 */
public final class SecurityHeaders {

    /**
     * What Vaadin 24 needs and no more. Vaadin starts its client engine with an inline script and runs the
     * JavaScript the server sends ({@code executeJs}, event data) through {@code new Function}: hence
     * {@code 'unsafe-inline' 'unsafe-eval'} for scripts, and Lumo's styles are set inline. Everything else comes
     * from our own origin: {@code data:} images and fonts are Lumo's icons; {@code blob:} is a download or an upload
     * preview. {@code connect-src 'self'} covers Vaadin's requests and, in CSP level 3 browsers, its websocket.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private SecurityHeaders() {
    }

    /** For the UI chain, which also carries the Camunda webapps ({@code /camunda}). */
    public static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(policyOutsideCamunda())
                // same-origin: not even our address goes to another site; a link out has no reason to say where from.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // As the policy's frame-ancestors, for browsers that only know this header.
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin);
    }

    /**
     * The Camunda webapps write a policy of their own, with a nonce for their scripts
     * ({@code camunda.bpm.webapp.header-security}); a second policy would be enforced beside it and break them.
     */
    private static HeaderWriter policyOutsideCamunda() {
        return new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(AntPathRequestMatcher.antMatcher("/camunda/**")),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }
}
