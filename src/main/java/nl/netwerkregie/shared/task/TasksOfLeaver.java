package nl.netwerkregie.shared.task;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.security.AccountDeactivated;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When someone leaves, the open tasks in their name go to the coordinators, who are told which. Runs after the
 * features took what their rules say otherwise (the board takes a leaver out of open votes first: order 0).
 */
@Component
class TasksOfLeaver {

    private static final Logger log = LoggerFactory.getLogger(TasksOfLeaver.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final Mailer mailer;
    private final TranslationProvider translations;

    TasksOfLeaver(TaskService taskService, IdentityService identityService, Mailer mailer,
            TranslationProvider translations) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.mailer = mailer;
        this.translations = translations;
    }

    @EventListener
    @Order(10)
    public void handOver(AccountDeactivated left) {
        String who = left.username();
        List<Task> handed = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().taskAssignee(who).list()) {
            taskService.setAssignee(task.getId(), null);
            toCoordinators(task, left);
            handed.add(task);
        }
        // Tasks offered to the person by name (a werkgroep's report goes to its chair and vice chair).
        for (Task task : taskService.createTaskQuery().taskCandidateUser(who).list()) {
            boolean named = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && who.equals(l.getUserId()));
            if (named) {
                taskService.deleteCandidateUser(task.getId(), who);
                toCoordinators(task, left);
                handed.add(task);
            }
        }
        if (!handed.isEmpty()) {
            log.info("{} open task(s) of {} handed to the coordinators", handed.size(), who);
            tellCoordinators(left, handed);
        }
    }

    private void toCoordinators(Task task, AccountDeactivated left) {
        taskService.addCandidateGroup(task.getId(), Role.COORDINATOR.groupId());
        taskService.createComment(task.getId(), task.getProcessInstanceId(),
                translations.dutch("tasks.handedOver.comment", left.name()));
    }

    private void tellCoordinators(AccountDeactivated left, List<Task> handed) {
        List<String> addresses = identityService.createUserQuery().memberOfGroup(Role.COORDINATOR.groupId()).list()
                .stream().map(User::getEmail).toList();
        StringBuilder list = new StringBuilder();
        handed.forEach(t -> list.append("- ").append(t.getName()).append('\n'));
        mailer.send(addresses, translations.dutch("tasks.handedOver.subject", left.name()),
                translations.dutch("tasks.handedOver.body", left.name(), list.toString()));
    }
}
