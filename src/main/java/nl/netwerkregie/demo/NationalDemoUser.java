package nl.netwerkregie.demo;

import java.util.List;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national demo user {@code landelijk} (Landelijk Fibula, role {@code NATIONAL}), once, and the demo networks
 * sharing their figures with it, as their boards would decide. An account of no network: it is no person of a
 * network's register (that would make it work for the network), only a Camunda account, like the operator's. A
 * restart keeps what is there, also a coordinator's later choice not to share.
 */
@Component
@Profile("demo")
@Order(40)
class NationalDemoUser implements ApplicationRunner {

    static final String USERNAME = "landelijk";
    /** The demo's networks: Twente (the installation's), and Utrecht when the demo has it. */
    static final List<String> DEMO_NETWORKS = List.of("twente", "utrecht");

    private final IdentityService identityService;
    private final Networks networks;
    private final String password;

    NationalDemoUser(IdentityService identityService, Networks networks,
            @Value("${netwerkregie.demo.password}") String password) {
        this.identityService = identityService;
        this.networks = networks;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().userId(USERNAME).count() == 0) {
            User user = identityService.newUser(USERNAME);
            user.setFirstName("Landelijk");
            user.setLastName("Fibula");
            user.setEmail("landelijk@netwerkregie.example");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(USERNAME, Role.NATIONAL.groupId());
        }
        DEMO_NETWORKS.forEach(id -> networks.find(id)
                .filter(n -> !n.isShareNational() && n.getShareNationalSince() == null)
                .ifPresent(n -> networks.shareNational(id, true, "Demo: besluit van het bestuur", "demo")));
    }
}
