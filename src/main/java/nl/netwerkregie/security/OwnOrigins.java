package nl.netwerkregie.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The origins ({@code scheme://host[:port]}) the application itself is reached at: the one the request was sent
 * to, as the servlet container sees it after a trusted proxy's forwarded headers
 * ({@code server.forward-headers-strategy}), and the configured {@code netwerkregie.base-url}.
 */
public final class OwnOrigins {

    private final String baseUrlOrigin;

    public OwnOrigins(String baseUrl) {
        this.baseUrlOrigin = originOf(baseUrl);
    }

    public boolean includes(String origin, HttpServletRequest request) {
        String claimed = originOf(origin);
        return claimed != null && (claimed.equals(baseUrlOrigin) || claimed.equals(requestOrigin(request)));
    }

    private static String requestOrigin(HttpServletRequest request) {
        return normalised(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** The origin of an address, lower case and without the scheme's default port; null for "null" or nonsense. */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalised(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String normalised(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || ("http".equals(lowerScheme) && port == 80)
                || ("https".equals(lowerScheme) && port == 443);
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
