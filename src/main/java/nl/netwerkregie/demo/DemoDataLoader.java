package nl.netwerkregie.demo;

import nl.netwerkregie.network.NetworkProfile;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.SeatForm;
import nl.netwerkregie.workinggroup.WerkgroepForm;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Loads the demo users and organisations once; a restart keeps what is there. */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private final IdentityService identityService;
    private final OrganisationService organisations;
    private final WerkgroepService werkgroepen;
    private final NetworkProfile profile;
    private final String password;

    DemoDataLoader(IdentityService identityService, OrganisationService organisations, WerkgroepService werkgroepen,
            NetworkProfile profile, @Value("${netwerkregie.demo.password}") String password) {
        this.identityService = identityService;
        this.organisations = organisations;
        this.werkgroepen = werkgroepen;
        this.profile = profile;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoData.DemoUser demo : DemoData.USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@netwerkregie.example");
                user.setPassword(password);
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.role().groupId());
            }
        }
        if (organisations.count() == 0) {
            // The demo organisations are Twente's; on another network's profile only those in its region load.
            DemoData.ORGANISATIONS.stream()
                    .filter(o -> profile.coversMunicipality(o.details().municipality()))
                    .forEach(o -> organisations.create(o.details(), o.status(), "Demo", "demo"));
        }
        loadWerkgroepen();
    }

    /**
     * Two werkgroepen, once: Deskundigheidsbevordering chaired by voorzitter1, PR & Communicatie by voorzitter2, each
     * with a vice chair and members. The registry checks a coordinator's role; the loader acts as one meanwhile.
     */
    private void loadWerkgroepen() {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo",
                null, List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority()))));
        try {
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
                    werkgroepen.addSeat(id, new SeatForm(seat.person(), organisation, seat.role(), seat.username(),
                            seat.email(), since));
                }
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
