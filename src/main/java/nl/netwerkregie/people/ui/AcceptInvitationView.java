package nl.netwerkregie.people.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.people.AccountService.LinkHolder;

/** The invitation link's page: the invited person chooses their password, and their account becomes active. */
@Route("account/activeren/:token")
@AnonymousAllowed
public class AcceptInvitationView extends PasswordChoice {

    private final transient AccountService accounts;

    AcceptInvitationView(AccountService accounts) {
        super("account.invitation");
        this.accounts = accounts;
    }

    @Override
    LinkHolder holder(String token) {
        return accounts.invitation(token);
    }

    @Override
    void choose(String token, String password, String repeated) {
        accounts.acceptInvitation(token, password, repeated);
    }

    @Override
    int minimumLength() {
        return accounts.minimumPasswordLength();
    }
}
