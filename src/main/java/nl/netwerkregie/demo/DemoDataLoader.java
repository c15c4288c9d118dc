package nl.netwerkregie.demo;

import nl.netwerkregie.network.NetworkRules;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepService;
import java.util.EnumSet;
import java.util.Set;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisations and people once; a restart keeps what is there. The demo people are invited and
 * accept their invitation through the same services as real people (with the demo password, which the demo
 * profile's password rules allow).
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    /** Roles an account holds; board member and werkgroep chair come from the demo's seats. */
    private static final Set<Role> ACCOUNT_ROLES = EnumSet.of(Role.COORDINATOR, Role.SECRETARY, Role.MEMBER_CONTACT);

    private final IdentityService identityService;
    private final PeopleService people;
    private final PeopleQueries peopleQueries;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final WerkgroepService werkgroepen;
    private final BoardSeatService boardSeats;
    private final BoardSeatQueries board;
    private final NetworkRules rules;
    private final String password;

    DemoDataLoader(IdentityService identityService, PeopleService people, PeopleQueries peopleQueries,
            AccountService accounts, OrganisationService organisations, WerkgroepService werkgroepen,
            BoardSeatService boardSeats, BoardSeatQueries board, NetworkRules rules,
            @Value("${netwerkregie.demo.password}") String password) {
        this.boardSeats = boardSeats;
        this.board = board;
        this.identityService = identityService;
        this.people = people;
        this.peopleQueries = peopleQueries;
        this.accounts = accounts;
        this.organisations = organisations;
        this.werkgroepen = werkgroepen;
        this.rules = rules;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.count() == 0) {
            // The demo organisations are Twente's; on another network's profile only those in its region load.
            DemoData.ORGANISATIONS.stream()
                    .filter(o -> rules.current().coversMunicipality(o.details().municipality()))
                    .forEach(o -> organisations.createAsOf(o.details(), o.status(),
                    "Lid bij de start van Netwerkregie (demo)", "demo",
                    java.time.LocalDate.of(java.time.LocalDate.now().getYear(), 1, 1)));
        }
        DemoCoordinator.run(() -> {
            loadPeople();
            loadBoard();
            loadWerkgroepen();
        });
    }

    /** The demo people, each of the organisation the demo data names (none for the coordinators and secretary). */
    private void loadPeople() {
        List<Organisation> all = organisations.all();
        for (DemoData.DemoUser demo : DemoData.USERS) {
            // An account made by an earlier version of the demo (before the people register) is left as it is.
            if (peopleQueries.byUsername(demo.id()).isPresent()
                    || identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            Long organisationId = demo.organisation() == null ? null : all.stream()
                    .filter(o -> o.getName().equals(demo.organisation())).map(Organisation::getId).findFirst()
                    .orElse(null);
            Set<Role> roles = ACCOUNT_ROLES.contains(demo.role()) ? Set.of(demo.role()) : Set.of();
            PeopleService.Invitation invitation = people.inviteByHand(new PersonForm(demo.firstName(),
                    demo.lastName(), demo.id() + "@netwerkregie.example", organisationId, roles));
            accounts.acceptInvitation(invitation.token(), password, password);
        }
    }

    /**
     * The demo board (bestuur1..bestuur8), each in the seat of their organisation since the start of the year, on a
     * first start; the profile's initial board (which runs later) then finds seats and does nothing.
     */
    private void loadBoard() {
        LocalDate since = LocalDate.now().withDayOfYear(1);
        if (!board.boardOn(since).isEmpty() || !board.boardOn(LocalDate.now()).isEmpty()) {
            return;
        }
        List<Organisation> all = organisations.all();
        DemoData.USERS.stream().filter(u -> u.role() == Role.BOARD_MEMBER).forEach(u -> boardSeats.appoint(u.id(),
                all.stream().filter(o -> o.getName().equals(u.organisation()) && o.getStatus().isMember())
                        .map(Organisation::getId).findFirst().orElse(null), since));
    }

    /**
     * Two werkgroepen, once: Deskundigheidsbevordering chaired by voorzitter1, PR & Communicatie by voorzitter2, each
     * with a vice chair and members.
     */
    private void loadWerkgroepen() {
        List<Organisation> all = organisations.all();
        if (all.size() < 4) {
            return;
        }
        LocalDate since = LocalDate.now().withDayOfYear(1);
        for (DemoData.DemoWerkgroep demo : DemoData.WERKGROEPEN) {
            if (werkgroepen.findByName(demo.name()).isPresent()) {
                continue;
            }
            long id = werkgroepen.create(new WerkgroepForm(demo.name(), true, demo.theme(), null, null));
            for (DemoData.DemoSeat seat : demo.seats()) {
                long organisation = all.stream().filter(o -> o.getName().equals(seat.organisation())).findFirst()
                        .orElse(all.get(0)).getId();
                werkgroepen.addSeat(id, werkgroepen.get(id).getVersion(), new SeatForm(seat.person(), organisation, seat.role(), seat.username(),
                        seat.email(), since));
            }
        }
    }
}
