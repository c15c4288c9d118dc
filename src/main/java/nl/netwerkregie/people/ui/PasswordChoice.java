package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.netwerkregie.people.AccountService.LinkHolder;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.LanguageSwitch;

/**
 * The page behind an account link: greets the person, asks a password twice and sets it. A link that is unknown,
 * used or expired gets its own message and no form. What was typed stays when the password is refused.
 */
abstract class PasswordChoice extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String texts;

    /** @param texts the prefix of this page's translation keys ("account.invitation" or "account.reset") */
    PasswordChoice(String texts) {
        this.texts = texts;
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
    }

    /** Whose link it is; throws a DomainException when it cannot be used. */
    abstract LinkHolder holder(String token);

    /** Sets the password; throws a DomainException when it is refused. */
    abstract void choose(String token, String password, String repeated);

    /** The shortest password the rules accept. */
    abstract int minimumLength();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new LanguageSwitch());
        String token = event.getRouteParameters().get("token").orElse("");
        LinkHolder holder;
        try {
            holder = holder(token);
        } catch (DomainException e) {
            H2 invalid = new H2(getTranslation(e.messageKey(), e.arguments()));
            invalid.setId("account-link-invalid");
            add(invalid, new Anchor("login", getTranslation("account.toLogin")));
            return;
        }
        add(new H1(getTranslation(texts + ".title", holder.name())),
                new Paragraph(getTranslation(texts + ".intro", holder.username())),
                new Paragraph(getTranslation("account.password.rules", minimumLength())));
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setId("account-password");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        PasswordField repeated = new PasswordField(getTranslation("account.password.repeat"));
        repeated.setId("account-password-repeat");
        repeated.setWidthFull();
        repeated.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation(texts + ".save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> {
            try {
                choose(token, password.getValue(), repeated.getValue());
                removeAll();
                H2 done = new H2(getTranslation(texts + ".done"));
                done.setId("account-done");
                add(new LanguageSwitch(), done, new Paragraph(getTranslation("account.loginWith", holder.username())),
                        loginLink());
            } catch (DomainException ex) {
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                password.setInvalid(true);
            }
        });
        add(password, repeated, save);
    }

    private Anchor loginLink() {
        Anchor login = new Anchor("login", getTranslation("account.toLogin"));
        login.setId("account-to-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(texts + ".pageTitle") + " – Netwerkregie";
    }
}
