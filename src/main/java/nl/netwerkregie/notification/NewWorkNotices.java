package nl.netwerkregie.notification;

import java.time.Clock;
import java.util.List;
import nl.netwerkregie.people.NotifyChoice;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.task.CaseSummary;
import nl.netwerkregie.shared.task.TaskCases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Everyone a new task is for hears of it: a mail at once, or an entry for their daily digest, or nothing, as they
 * chose. Runs inside the engine's command that creates the task (Camunda's Spring eventing publishes every task
 * event), so the mail is queued in the same transaction: a step that rolls back leaves no mail behind. A task
 * that is done or withdrawn takes its unsent mails and digest entries with it.
 */
@Component
class NewWorkNotices {

    private final TaskAudience audience;
    private final WorkMails mails;
    private final Mailer mailer;
    private final DigestEntries digest;
    private final TaskCases cases;
    private final Clock clock;

    NewWorkNotices(TaskAudience audience, WorkMails mails, Mailer mailer, DigestEntries digest, TaskCases cases,
            Clock clock) {
        this.audience = audience;
        this.mails = mails;
        this.mailer = mailer;
        this.digest = digest;
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void created(DelegateTask task) {
        List<Addressee> addressees = audience.of(task.getTenantId(), task.getAssignee(), task.getCandidates());
        if (addressees.isEmpty()) {
            return;
        }
        CaseSummary summary = cases.of(task);
        TaskFacts facts = new TaskFacts(task.getId(), task.getTenantId(), task.getName(), summary.caseTypeKey(),
                summary.subject(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
        for (Addressee to : addressees) {
            switch (choiceOf(to)) {
                case AT_ONCE -> mailer.send(mails.newTask(to, facts));
                case DIGEST -> digest.add(to.recipient().username(), facts, clock.instant());
                case NONE -> { }
            }
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    void done(DelegateTask task) {
        mailer.cancelAbout(task.getId());
        digest.removeTask(task.getId());
    }

    /** Without a choice of their own: at once for what is theirs, the digest for what is their group's. */
    static NotifyChoice choiceOf(Addressee to) {
        NotifyChoice chosen = to.recipient().settings().newWork();
        if (chosen != null) {
            return chosen;
        }
        return to.personal() ? NotifyChoice.AT_ONCE : NotifyChoice.DIGEST;
    }
}
