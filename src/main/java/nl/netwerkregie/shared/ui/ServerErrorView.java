package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import nl.netwerkregie.shared.format.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a calm Dutch message with the time to report, never a stack trace. The exception
 * goes to the log with that time, so the operator can find it.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements com.vaadin.flow.router.HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Instant now = Instant.now();
        LOG.error("Page {} failed at {}", event.getLocation().getPath(), now, parameter.getCaughtException());
        removeAll();
        H2 title = new H2(getTranslation("error.server.title"));
        title.setId("server-error-title");
        Locale locale = getLocale();
        add(title, new Paragraph(getTranslation("error.server.text", Formats.dateTime(now, locale))),
                new Anchor("/", getTranslation("error.back")));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title") + " – Netwerkregie";
    }
}
