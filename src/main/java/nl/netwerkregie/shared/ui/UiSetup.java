package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every new session starts in Dutch (or the language the user chose before, from the cookie), and an
 * unexpected error shows a plain message instead of a stack trace; the details go to the log.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(preferredLocale(init.getRequest()));
            init.getSession().setErrorHandler(error -> {
                LOG.error("Unexpected error in the UI", error.getThrowable());
                if (UI.getCurrent() != null) {
                    UiErrors.showError(UiErrors.translate(UiErrors.databaseUnreachable(error.getThrowable())
                            ? "error.unavailable" : "error.unexpected"));
                }
            });
        });
    }

    private static Locale preferredLocale(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> LanguageSwitch.COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? TranslationProvider.ENGLISH : TranslationProvider.DUTCH;
    }
}
