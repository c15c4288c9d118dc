package nl.netwerkregie.demo;

import nl.netwerkregie.membership.NetworkProfile;
import nl.netwerkregie.membership.OrganisationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo users and organisations once; a restart keeps what is there. */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private final IdentityService identityService;
    private final OrganisationService organisations;
    private final NetworkProfile profile;
    private final String password;

    DemoDataLoader(IdentityService identityService, OrganisationService organisations, NetworkProfile profile,
            @Value("${netwerkregie.demo.password}") String password) {
        this.identityService = identityService;
        this.organisations = organisations;
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
    }
}
