package nl.netwerkregie.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the HTTP request being handled, for the {@link SecurityLog} lines of services that are not
 * handed one. Behind a proxy it is the forwarded address when the server trusts the proxy's headers.
 */
public final class RequestSource {

    private RequestSource() {
    }

    /** The address, or null outside a request (a process step, a test without one). */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
    }
}
