package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.ui.LanguageSwitch;

/** The login page: open to everyone, in Dutch or English. */
@Route("login")
@PageTitle("Netwerkregie – inloggen")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(NetworkRules rules) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setI18n(texts(getTranslation("login.error.title"), getTranslation("login.error.message")));
        // Goes to the people module's page by its route; the login page depends on no feature.
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate("account/wachtwoord-vergeten")));
        login.setAction("login");

        Div languages = new Div(new LanguageSwitch());
        add(new H1("Netwerkregie"), new Paragraph(rules.current().name()), login, languages);
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring keeps why the last login failed in the session: a pause says until when (issue 17).
            com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
            Object why = session == null ? null : session.getSession()
                    .getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
            if (why instanceof nl.netwerkregie.security.LoginPausedException paused) {
                login.setI18n(texts(getTranslation("login.paused.title"), getTranslation("login.paused.message",
                        nl.netwerkregie.shared.format.Formats.clockTime(paused.until()))));
            } else if (why instanceof nl.netwerkregie.security.LoginUnavailableException) {
                login.setI18n(texts(getTranslation("login.unavailable.title"),
                        getTranslation("login.unavailable.message")));
            }
            login.setError(true);
        }
    }
}
