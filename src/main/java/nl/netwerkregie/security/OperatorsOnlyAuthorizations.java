package nl.netwerkregie.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * With Camunda's authorization on, the engine would write an authorization row for every task's assignee and
 * candidates, and for every instance started. Nobody here uses them: the people of the application act through
 * the features' services (which check role, network and task), and operators are granted per group
 * ({@link EngineGrants}). So those rows are not made: fewer writes per step, and no table that grows with the work.
 * Users, groups and the rest keep Camunda's defaults.
 */
class OperatorsOnlyAuthorizations extends DefaultAuthorizationProvider {

    private static final AuthorizationEntity[] NONE = null;

    @Override
    public AuthorizationEntity[] newTask(Task task) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
        return NONE;
    }

    @Override
    public AuthorizationEntity[] newProcessInstance(ProcessInstance processInstance) {
        return NONE;
    }
}
