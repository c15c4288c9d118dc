package nl.netwerkregie.security;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place security events are written (issue 17): failed and refused logins, pauses, denied pages and
 * requests, throttled forms, refused uploads and operations. One logger, {@value #LOGGER}, and one line format,
 * so an operator can route it to its own file or SIEM and grep it:
 * <pre>SECURITY event=login-failed user="anna" source=10.0.0.7 detail="wrong password"</pre>
 * Values are quoted, with quotes, backslashes and line breaks escaped, so a user name cannot forge a line. The
 * time comes from the log pattern.
 */
public final class SecurityLog {

    public static final String LOGGER = "netwerkregie.security";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** What happened; the name is written in the line as {@code event=...}. */
    public enum Event {
        LOGIN_FAILED, LOGIN_REFUSED, LOGIN_PAUSED, ACCESS_DENIED, FORBIDDEN, THROTTLED, INPUT_REFUSED, OPERATION_REFUSED;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private SecurityLog() {
    }

    /**
     * @param user   the login name given or logged in, or null for an anonymous visitor
     * @param source the client's address, or null when unknown
     * @param detail what was refused and why, in English
     */
    public static void write(Event event, String user, String source, String detail) {
        log.warn("SECURITY event={} user={} source={} detail={}", event.label(), quoted(user),
                source == null || source.isBlank() ? "-" : quoted(source), quoted(detail));
    }

    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        String shortened = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return '"' + shortened.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + '"';
    }
}
