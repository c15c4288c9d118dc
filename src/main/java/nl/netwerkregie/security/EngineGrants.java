package nl.netwerkregie.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What operators may do in the engine (Camunda's authorization is on, issue 17). A network's operator sees everything
 * of their networks (the tenant check narrows it to them) and repairs: retries failed jobs, moves or suspends an
 * instance, changes an instance's variables, reassigns a task. The hosting operator (Camunda's administrators group,
 * which also lifts the tenant check) may besides that open Camunda Admin and manage operators' accounts and
 * tenants. Neither may deploy or delete deployments (a deployment's expressions run in this JVM), complete or work on
 * tasks (steps are done in the application, which checks who may), or keep filters (whose stored queries could
 * carry expressions). The doors refuse deploying and completing to everyone as well ({@link EngineDoorRefusals}).
 * Set at every start, so a changed list here reaches every installation.
 */
@Component
@Order(1)
class EngineGrants implements ApplicationRunner {

    private record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    }

    private static final List<Grant> SEE_AND_REPAIR = List.of(
            new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Resources.PROCESS_DEFINITION, "*", List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                    ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
                    ProcessDefinitionPermissions.MIGRATE_INSTANCE)),
            new Grant(Resources.PROCESS_INSTANCE, "*", List.of(ProcessInstancePermissions.READ,
                    ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB,
                    ProcessInstancePermissions.SUSPEND)),
            new Grant(Resources.TASK, "*", List.of(TaskPermissions.READ, TaskPermissions.READ_HISTORY,
                    TaskPermissions.TASK_ASSIGN)),
            new Grant(Resources.DEPLOYMENT, "*", List.of(Permissions.READ)),
            new Grant(Resources.DECISION_DEFINITION, "*", List.of(Permissions.READ, Permissions.READ_HISTORY)),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, "*", List.of(Permissions.READ)),
            new Grant(Resources.BATCH, "*", List.of(Permissions.READ)),
            new Grant(Resources.OPERATION_LOG_CATEGORY, "*", List.of(UserOperationLogCategoryPermissions.READ)),
            new Grant(Resources.USER, "*", List.of(Permissions.READ)),
            new Grant(Resources.GROUP, "*", List.of(Permissions.READ)),
            new Grant(Resources.TENANT, "*", List.of(Permissions.READ)));

    private static final List<Grant> HOSTING = List.of(
            new Grant(Resources.APPLICATION, "admin", List.of(Permissions.ACCESS)),
            new Grant(Resources.USER, "*", List.of(Permissions.ALL)),
            new Grant(Resources.GROUP, "*", List.of(Permissions.ALL)),
            new Grant(Resources.GROUP_MEMBERSHIP, "*", List.of(Permissions.ALL)),
            new Grant(Resources.TENANT, "*", List.of(Permissions.ALL)),
            new Grant(Resources.TENANT_MEMBERSHIP, "*", List.of(Permissions.ALL)),
            new Grant(Resources.AUTHORIZATION, "*", List.of(Permissions.READ)),
            new Grant(Resources.BATCH, "*", List.of(Permissions.ALL)),
            new Grant(Resources.SYSTEM, "*", List.of(SystemPermissions.READ)));

    private final AuthorizationService authorizations;

    EngineGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        SEE_AND_REPAIR.forEach(grant -> ensure(Role.OPERATOR.groupId(), grant));
        SEE_AND_REPAIR.stream().filter(grant -> HOSTING.stream().noneMatch(same -> same.resource() == grant.resource()
                        && same.resourceId().equals(grant.resourceId())))
                .forEach(grant -> ensure(Roles.CAMUNDA_ADMIN_GROUP, grant));
        HOSTING.forEach(grant -> ensure(Roles.CAMUNDA_ADMIN_GROUP, grant));
    }

    private void ensure(String groupId, Grant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        authorizations.saveAuthorization(authorization);
    }
}
