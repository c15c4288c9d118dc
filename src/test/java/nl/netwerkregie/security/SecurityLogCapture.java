package nl.netwerkregie.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Reads what {@link SecurityLog} wrote while it was open: {@code try (var log = SecurityLogCapture.open()) { ...;
 * assertThat(log.lines()).anyMatch(...) }}.
 */
public final class SecurityLogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SecurityLog.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private SecurityLogCapture() {
        appender.start();
        logger.addAppender(appender);
    }

    public static SecurityLogCapture open() {
        return new SecurityLogCapture();
    }

    /** The lines written so far, formatted. */
    public synchronized List<String> lines() {
        return List.copyOf(appender.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
