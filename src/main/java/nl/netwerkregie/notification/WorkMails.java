package nl.netwerkregie.notification;

import java.util.List;
import java.util.Locale;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.people.Recipient;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The texts of the mails about work, in the recipient's language. The wording lives in the translation files
 * (keys {@code notify.*}), so a network can change it without a release.
 */
@Component
class WorkMails {

    private final TranslationProvider translations;
    private final Networks networks;
    private final String baseUrl;

    WorkMails(TranslationProvider translations, Networks networks, @Value("${netwerkregie.base-url}") String baseUrl) {
        this.translations = translations;
        this.networks = networks;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new task, to one person. */
    OutgoingMail newTask(Addressee to, TaskFacts task) {
        Locale locale = to.recipient().settings().locale();
        String subject = text(locale, "notify.task.subject", task.step(), task.caseSubject());
        String body = text(locale, "notify.task.body", to.recipient().name(), networkName(task.networkId()),
                text(locale, to.personal() ? "notify.task.forYou" : "notify.task.forGroup"), describe(locale, task),
                link(task), settingsLink());
        return OutgoingMail.aboutTask("task:" + task.taskId() + ":" + to.recipient().username(), task.networkId(),
                to.recipient().email(), subject, body, task.taskId());
    }

    /** A reminder some days before the task is due ({@code late} false), or on the day it is late. */
    OutgoingMail reminder(Recipient to, TaskFacts task, boolean late) {
        Locale locale = to.settings().locale();
        String kind = late ? "late" : "soon";
        String subject = text(locale, "notify.reminder." + kind + ".subject", task.step(), task.caseSubject());
        String body = text(locale, "notify.reminder." + kind + ".body", to.name(), describe(locale, task), link(task),
                settingsLink());
        return OutgoingMail.aboutTask("reminder-" + kind + ":" + task.taskId() + ":" + to.username(),
                task.networkId(), to.email(), subject, body, task.taskId());
    }

    /** The day's digest: all new tasks of one person since the last one. */
    OutgoingMail digest(Recipient to, String day, List<TaskFacts> tasks) {
        Locale locale = to.settings().locale();
        String subject = text(locale, "notify.digest.subject", tasks.size());
        String body = text(locale, "notify.digest.body", to.name(), tasks.size(), list(locale, tasks),
                baseUrl + "/", settingsLink());
        return OutgoingMail.forEvent("digest:" + to.username() + ":" + day, null, to.email(), subject, body);
    }

    /** A coordinator's list of what is late in their network. */
    OutgoingMail lateList(Recipient to, String networkId, String day, List<TaskFacts> tasks) {
        Locale locale = to.settings().locale();
        String subject = text(locale, "notify.lateList.subject", tasks.size(), networkName(networkId));
        String body = text(locale, "notify.lateList.body", to.name(), tasks.size(), networkName(networkId),
                list(locale, tasks), settingsLink());
        return OutgoingMail.forEvent("late-list:" + networkId + ":" + day + ":" + to.username(), networkId,
                to.email(), subject, body);
    }

    private String list(Locale locale, List<TaskFacts> tasks) {
        StringBuilder lines = new StringBuilder();
        for (TaskFacts task : tasks) {
            lines.append("- ").append(describe(locale, task).replace("\n", "\n  ")).append("\n  ").append(link(task))
                    .append("\n\n");
        }
        return lines.toString().stripTrailing();
    }

    private String describe(Locale locale, TaskFacts task) {
        String due = task.due() == null ? text(locale, "notify.noDue") : Formats.date(task.due(), locale);
        return text(locale, "notify.task.facts", task.step(), text(locale, task.caseTypeKey()), task.caseSubject(),
                due);
    }

    /** The task's page, after the login; it names the network for someone of several networks. */
    String link(TaskFacts task) {
        return baseUrl + "/taken/" + task.taskId() + "?netwerk=" + task.networkId();
    }

    private String settingsLink() {
        return baseUrl + "/instellingen";
    }

    private String networkName(String networkId) {
        return networkId == null ? "" : networks.find(networkId).map(Network::getName).orElse(networkId);
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.translate(locale, key, args);
    }
}
