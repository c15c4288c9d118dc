package nl.netwerkregie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.netwerkregie.Mails;
import nl.netwerkregie.TestDatabase;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.board.ui.BoardSeatsView;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.ui.OrganisationView;
import nl.netwerkregie.membership.ui.OrganisationsView;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory.Account;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new network on the Utrecht profile, started empty (no demo), filled through the screens alone: the operator
 * invites the first coordinator, who registers an organisation, invites its contact from the organisation page and
 * appoints the stuurgroep on the Bestuur page. Every person sets a password through the mailed link, under the
 * production password rules, and logs in with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netwerkregie.network-profile=classpath:networks/utrecht.yaml",
        "netwerkregie.operator.password=beheer-van-het-netwerk-utrecht"})
@ActiveProfiles("test")
class EmptyUtrechtNetworkTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/account/activeren/([0-9a-f]{48})");

    @Autowired ApplicationContext context;
    @Autowired List<org.springframework.security.authentication.AuthenticationProvider> providers;
    @Autowired OrganisationService organisations;
    @Autowired BoardSeatQueries board;
    @Autowired NetworkRules rules;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("nl.netwerkregie"), context,
                UI::new));
        VaadinSession.getCurrent().setLocale(TranslationProvider.DUTCH);
        UI.getCurrent().setLocale(TranslationProvider.DUTCH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewNetworkIsFilledThroughTheScreens() throws Exception {
        assertThat(rules.current().id()).isEqualTo("utrecht");
        assertThat(organisations.count()).isZero();

        // The operator invites the first coordinator.
        logIn("beheerder", "beheer-van-het-netwerk-utrecht");
        String coordinator = invite("Ilse", "van Dam", "i.vandam@npzutrecht.example", Role.COORDINATOR);
        String coordinatorPassword = "de-dom-toren-staat-er-nog";
        choosePassword(coordinator, coordinatorPassword);
        logIn("i.vandam@npzutrecht.example", coordinatorPassword);

        // The coordinator registers an organisation with its contact person.
        UI.getCurrent().navigate(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        _get(TextField.class, spec -> spec.withId("org-name")).setValue("Hospice Demeter");
        _get(ComboBox.class, spec -> spec.withId("org-kind")).setValue(OrganisationKind.HOSPICE);
        _get(ComboBox.class, spec -> spec.withId("org-municipality")).setValue("De Bilt");
        _get(BigDecimalField.class, spec -> spec.withId("org-fte")).setValue(new BigDecimal("18"));
        _get(TextField.class, spec -> spec.withId("org-bestuurder-name")).setValue("Marloes Smit");
        _get(EmailField.class, spec -> spec.withId("org-bestuurder-email")).setValue("m.smit@demeter.example");
        _get(TextField.class, spec -> spec.withId("org-contact-name")).setValue("Wim de Ruiter");
        _get(EmailField.class, spec -> spec.withId("org-contact-email")).setValue("w.deruiter@demeter.example");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        Organisation hospice = organisations.all().stream().filter(o -> o.getName().equals("Hospice Demeter"))
                .findFirst().orElseThrow();

        // ...invites the contact from the organisation's page; the contact sets a password and logs in.
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters("id", String.valueOf(hospice.getId())));
        _click(_get(Button.class, spec -> spec.withId("contact-invite-1")));
        String contact = tokenFor("w.deruiter@demeter.example");
        String contactPassword = "vrijwilligers-maken-het-verschil";
        choosePassword(contact, contactPassword);
        Authentication contactLogin = logIn("w.deruiter@demeter.example", contactPassword);
        assertThat(contactLogin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER_CONTACT");
        assertThat(organisations.ofContact(contactLogin.getName())).extracting(Organisation::getName)
                .containsExactly("Hospice Demeter");

        // ...and the stuurgroep: the coordinator invites a member and appoints them for the hospice.
        logIn("i.vandam@npzutrecht.example", coordinatorPassword);
        String member = invite("Pieter", "Hoogland", "p.hoogland@demeter.example");
        choosePassword(member, "stuurgroep-vergadert-op-dinsdag");
        logIn("i.vandam@npzutrecht.example", coordinatorPassword);
        UI.getCurrent().navigate(BoardSeatsView.class);
        assertThat(_get(H2.class, spec -> spec.withId("board-title")).getText()).isEqualTo("Stuurgroep");
        _click(_get(Button.class, spec -> spec.withId("appoint-seat")));
        ComboBox<Account> person = _get(ComboBox.class, spec -> spec.withId("appoint-person"));
        person.setValue(person.getListDataView().getItems().filter(a -> a.name().equals("Pieter Hoogland"))
                .findFirst().orElseThrow());
        _get(ComboBox.class, spec -> spec.withId("appoint-organisation")).setValue(hospice.getId());
        _click(_get(Button.class, spec -> spec.withId("save-appoint")));

        assertThat(board.boardOn(java.time.LocalDate.now())).containsExactly("phoogland");
        Authentication memberLogin = logIn("phoogland", "stuurgroep-vergadert-op-dinsdag");
        assertThat(memberLogin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_BOARD_MEMBER");
    }

    /** Invites on the Mensen page; returns the link's token from the mail. */
    @SuppressWarnings("unchecked")
    private String invite(String first, String last, String email, Role... roles) throws Exception {
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-invite")));
        _get(TextField.class, spec -> spec.withId("invite-first-name")).setValue(first);
        _get(TextField.class, spec -> spec.withId("invite-last-name")).setValue(last);
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue(email);
        _get(CheckboxGroup.class, spec -> spec.withId("invite-roles")).setValue(Set.of(roles));
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        Grid<nl.netwerkregie.people.PersonRow> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(nl.netwerkregie.people.PersonRow::email)
                .contains(email);
        return tokenFor(email);
    }

    /** Opens the invitation link's page (logged out) and chooses the password there. */
    private void choosePassword(String token, String password) {
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("account/activeren/" + token);
        assertThat(_get(H1.class).getText()).startsWith("Welkom");
        _get(PasswordField.class, spec -> spec.withId("account-password")).setValue(password);
        _get(PasswordField.class, spec -> spec.withId("account-password-repeat")).setValue(password);
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        assertThat(_get(H2.class, spec -> spec.withId("account-done")).getText()).isEqualTo("Uw account is actief.");
    }

    /** The real login (password and roles, as the login page and the REST API use it). */
    private Authentication logIn(String user, String password) {
        AuthenticationManager manager = new ProviderManager(providers);
        Authentication auth = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return auth;
    }

    private static String tokenFor(String address) {
        MimeMessage mail = Mails.lastTo(greenMail, address);
        assertThat(mail).as("a mail to " + address).isNotNull();
        return Mails.find(mail, LINK).group(1);
    }
}
