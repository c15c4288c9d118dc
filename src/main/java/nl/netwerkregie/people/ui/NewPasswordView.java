package nl.netwerkregie.people.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.people.AccountService.LinkHolder;

/** The reset link's page: the person chooses a new password. */
@Route("account/nieuw-wachtwoord/:token")
@AnonymousAllowed
public class NewPasswordView extends PasswordChoice {

    private final transient AccountService accounts;

    NewPasswordView(AccountService accounts) {
        super("account.reset");
        this.accounts = accounts;
    }

    @Override
    LinkHolder holder(String token) {
        return accounts.reset(token);
    }

    @Override
    void choose(String token, String password, String repeated) {
        accounts.resetPassword(token, password, repeated);
    }

    @Override
    int minimumLength() {
        return accounts.minimumPasswordLength();
    }
}
