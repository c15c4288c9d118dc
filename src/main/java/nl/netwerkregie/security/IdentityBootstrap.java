package nl.netwerkregie.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every role exists as a Camunda group and that the operator account exists. An existing
 * operator keeps the password it has (it may have been changed in Camunda Admin).
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    /** Camunda's own administrators group: gives the operator full rights in Cockpit and Admin. */
    static final String CAMUNDA_ADMIN_GROUP = Roles.CAMUNDA_ADMIN_GROUP;

    private final IdentityService identityService;
    private final OperatorAccountProperties operator;

    IdentityBootstrap(IdentityService identityService, OperatorAccountProperties operator) {
        this.identityService = identityService;
        this.operator = operator;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.name());
        }
        ensureGroup(CAMUNDA_ADMIN_GROUP, "Camunda administrators");
        if (identityService.createUserQuery().userId(operator.username()).count() == 0) {
            User user = identityService.newUser(operator.username());
            user.setFirstName("Beheerder");
            user.setLastName("Netwerkregie");
            user.setPassword(operator.password());
            identityService.saveUser(user);
            identityService.createMembership(operator.username(), Role.OPERATOR.groupId());
            identityService.createMembership(operator.username(), CAMUNDA_ADMIN_GROUP);
        }
        // The way back in: whatever strangers tried, a restart lifts the operator's login pause (issue 17). Failed
        // logins never lock an account for good (camunda.bpm.generic-properties: login-max-attempts).
        identityService.unlockUser(operator.username());
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
