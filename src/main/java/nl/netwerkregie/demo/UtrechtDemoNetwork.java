package nl.netwerkregie.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.membership.OrganisationDetails.Contact;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's second network, beside Twente's: Utrecht stad en Zuidoost-Utrecht under its own rules (its stuurgroep,
 * its contribution, its criteria U1-U4), with organisations from its member list of 2021 (seed 002), a coordinator,
 * a stuurgroep of four, and one adviser who works for both networks (she chooses after login). Once: a restart keeps
 * what is there. Not on an installation that itself runs on the Utrecht profile.
 */
@Component
@Profile("demo")
@Order(35)
class UtrechtDemoNetwork implements ApplicationRunner {

    static final String NETWORK = "utrecht";

    /** From "Netwerkleden 2021" in the convenant (seed 002); sizes are the demo's own. */
    private static final List<DemoData.DemoOrganisation> ORGANISATIONS = List.of(
            member("Academisch hospice Demeter", OrganisationKind.HOSPICE, "De Bilt", 25, "Wim van Dijk"),
            member("Stadshospice Utrecht", OrganisationKind.HOSPICE, "Utrecht", 18, "Marloes Verbeek"),
            member("VPTZ Stichting Thuis Sterven Utrecht (STSU)", OrganisationKind.VOLUNTEER_ORGANISATION, "Utrecht",
                    90, "Kees Brouwer"),
            member("Huisartsen Utrecht Stad (HUS)", OrganisationKind.GP_ORGANISATION, "Utrecht", 140, "Sanne Kok"),
            member("Unicum Huisartsenzorg Zuidoost-Utrecht", OrganisationKind.GP_ORGANISATION, "De Bilt", 60,
                    "Ahmed El Amrani"),
            member("Diakonessenhuis Utrecht-Zeist-Doorn", OrganisationKind.HOSPITAL, "Utrecht", 2800, "Irene Smits"),
            member("UMCU afdeling medische oncologie", OrganisationKind.HOSPITAL, "Utrecht", 400, "Joost Vermeulen"),
            member("Helen Dowling Instituut", OrganisationKind.PSYCHOSOCIAL, "De Bilt", 45, "Hanneke Mol"),
            member("Zin in Utrecht, centrum voor levensvragen", OrganisationKind.SPIRITUAL_CARE, "Utrecht", 8,
                    "Rik Schouten"),
            member("Careyn", OrganisationKind.VVT, "Utrecht", 3000, "Anne de Graaf"),
            member("Warande", OrganisationKind.VVT, "Zeist", 900, "Bert Koster"),
            member("Zorggroep Marijke", OrganisationKind.VVT, "Utrechtse Heuvelrug", 120, "Lieke Hoekstra"));

    /** Login, first name, last name, role, organisation (null: the network's own staff). */
    private record UtrechtUser(String id, String firstName, String lastName, Role role, String organisation) {
    }

    private static final List<UtrechtUser> USERS = List.of(
            new UtrechtUser("coordinatorutrecht", "Floor", "de Wit", Role.COORDINATOR, null),
            new UtrechtUser("stuurgroep1", "Wim", "van Dijk", Role.BOARD_MEMBER, "Academisch hospice Demeter"),
            new UtrechtUser("stuurgroep2", "Sanne", "Kok", Role.BOARD_MEMBER, "Huisartsen Utrecht Stad (HUS)"),
            new UtrechtUser("stuurgroep3", "Irene", "Smits", Role.BOARD_MEMBER, "Diakonessenhuis Utrecht-Zeist-Doorn"),
            new UtrechtUser("stuurgroep4", "Anne", "de Graaf", Role.BOARD_MEMBER, "Careyn"));

    /** Works for both demo networks: invited in Twente, then added to Utrecht with the same address. */
    private static final UtrechtUser ADVISER = new UtrechtUser("adviseur", "Noor", "Hendriks", Role.COORDINATOR, null);

    private final Networks networks;
    private final CurrentNetwork currentNetwork;
    private final OrganisationService organisations;
    private final PeopleService people;
    private final PeopleQueries peopleQueries;
    private final AccountService accounts;
    private final BoardSeatService boardSeats;
    private final BoardSeatQueries board;
    private final String password;

    UtrechtDemoNetwork(Networks networks, CurrentNetwork currentNetwork, OrganisationService organisations,
            PeopleService people, PeopleQueries peopleQueries, AccountService accounts, BoardSeatService boardSeats,
            BoardSeatQueries board, @Value("${netwerkregie.demo.password}") String password) {
        this.networks = networks;
        this.currentNetwork = currentNetwork;
        this.organisations = organisations;
        this.people = people;
        this.peopleQueries = peopleQueries;
        this.accounts = accounts;
        this.boardSeats = boardSeats;
        this.board = board;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (NETWORK.equals(currentNetwork.installationNetworkId())) {
            return;
        }
        if (!networks.exists(NETWORK)) {
            networks.register(NETWORK, "Netwerken Palliatieve Zorg Utrecht stad en Zuidoost-Utrecht",
                    profileText(), "demo");
        }
        DemoCoordinator.run(() -> {
            addAdviserInTwente();
            CurrentNetwork.run(NETWORK, this::loadUtrecht);
        });
    }

    private void loadUtrecht() {
        if (organisations.count() == 0) {
            ORGANISATIONS.forEach(o -> organisations.createAsOf(o.details(), o.status(),
                    "Lid bij de start van Netwerkregie (demo)", "demo",
                    java.time.LocalDate.of(java.time.LocalDate.now().getYear(), 1, 1)));
        }
        List<Organisation> all = organisations.all();
        for (UtrechtUser user : USERS) {
            invite(user, user.organisation() == null ? null : all.stream()
                    .filter(o -> o.getName().equals(user.organisation())).map(Organisation::getId).findFirst()
                    .orElse(null));
        }
        if (!peopleQueries.networksOf(ADVISER.id()).contains(NETWORK)) {
            people.inviteByHand(form(ADVISER, null));
        }
        LocalDate since = LocalDate.now().withDayOfYear(1);
        if (board.boardOn(LocalDate.now()).isEmpty()) {
            USERS.stream().filter(u -> u.role() == Role.BOARD_MEMBER).forEach(u -> boardSeats.appoint(u.id(),
                    all.stream().filter(o -> o.getName().equals(u.organisation())).map(Organisation::getId)
                            .findFirst().orElse(null), since));
        }
    }

    private void addAdviserInTwente() {
        invite(ADVISER, null);
    }

    private void invite(UtrechtUser user, Long organisationId) {
        if (peopleQueries.byUsername(user.id()).isPresent()) {
            return;
        }
        PeopleService.Invitation invitation = people.inviteByHand(form(user, organisationId));
        accounts.acceptInvitation(invitation.token(), password, password);
    }

    private static PersonForm form(UtrechtUser user, Long organisationId) {
        Set<Role> roles = user.role() == Role.BOARD_MEMBER ? Set.of() : Set.of(user.role());
        return new PersonForm(user.firstName(), user.lastName(), user.id() + "@netwerkregie.example", organisationId,
                roles);
    }

    private static String profileText() throws IOException {
        try (InputStream in = new ClassPathResource("networks/utrecht.yaml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DemoData.DemoOrganisation member(String name, OrganisationKind kind, String municipality,
            int employees, String bestuurder) {
        String mailbox = name.toLowerCase().replaceAll("[^a-z]", "");
        Contact contact = new Contact("Contactpersoon " + name, "contact@" + mailbox + ".example", null, null);
        return new DemoData.DemoOrganisation(new OrganisationDetails(name, kind, municipality, null, employees,
                kind == OrganisationKind.VOLUNTEER_ORGANISATION, bestuurder, "bestuur@" + mailbox + ".example",
                List.of(contact)), OrganisationStatus.MEMBER);
    }
}
