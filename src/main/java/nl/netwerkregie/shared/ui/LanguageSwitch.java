package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.netwerkregie.shared.i18n.TranslationProvider;

/** Nederlands / English. The choice is kept in the session and a cookie, and the page redraws. */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "netwerkregie-lang";

    public LanguageSwitch() {
        setItems(TranslationProvider.DUTCH, TranslationProvider.ENGLISH);
        setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Nederlands");
        setValue("en".equals(UI.getCurrent().getLocale().getLanguage())
                ? TranslationProvider.ENGLISH : TranslationProvider.DUTCH);
        setId("language-switch");
        setAriaLabel("Taal / Language");
        setWidth("9em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                Cookie cookie = new Cookie(COOKIE, e.getValue().getLanguage());
                cookie.setPath("/");
                cookie.setMaxAge(60 * 60 * 24 * 365);
                VaadinService.getCurrentResponse().addCookie(cookie);
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
