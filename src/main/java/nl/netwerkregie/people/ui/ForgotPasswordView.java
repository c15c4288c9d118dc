package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.LanguageSwitch;

/**
 * "Wachtwoord vergeten" from the login page: the person gives their e-mail address or login name and gets a
 * reset link. The page says the same whether or not the address is known.
 */
@Route("account/wachtwoord-vergeten")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(AccountService accounts) {
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        TextField address = new TextField(getTranslation("account.forgot.address"));
        address.setId("forgot-address");
        address.setWidthFull();
        address.setAutofocus(true);
        Paragraph sent = new Paragraph();
        sent.setId("forgot-sent");
        Button send = new Button(getTranslation("account.forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            try {
                accounts.requestReset(address.getValue());
                address.setInvalid(false);
                sent.setText(getTranslation("account.forgot.sent", address.getValue().strip()));
            } catch (DomainException ex) {
                address.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                address.setInvalid(true);
            }
        });
        add(new LanguageSwitch(), new H1(getTranslation("account.forgot.title")),
                new Paragraph(getTranslation("account.forgot.intro")), address, send, sent,
                new Anchor("login", getTranslation("account.toLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title") + " – Netwerkregie";
    }
}
