package nl.netwerkregie;

import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.RoleSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test: one shared application context (same annotations everywhere, so Spring
 * caches it), with the demo users and organisations, on H2 or PostgreSQL (see {@link TestDatabase}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class IntegrationTest {

    @Autowired
    protected IdentityService identityService;

    /** Runs the async continuations (the steps after a click) when a test wants them done. */
    @Autowired
    protected AsyncJobs asyncJobs;

    /** The seats that give roles (board, werkgroep chair), as the real login asks them. */
    @Autowired(required = false)
    protected List<RoleSource> roleSources = List.of();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /** Logs in as a demo user with the roles of their Camunda groups and their seats, as the real login does. */
    protected Authentication loginAs(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .flatMap(g -> Role.ofGroupId(g).stream())
                .forEach(roles::add);
        roleSources.forEach(source -> roles.addAll(source.rolesOf(username)));
        return loginAs(username, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    /** Logs in as an arbitrary user with the given roles (no Camunda account needed). */
    protected Authentication loginAs(String username, Role... roles) {
        return loginAs(username, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    private Authentication loginAs(String username, List<SimpleGrantedAuthority> authorities) {
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }
}
