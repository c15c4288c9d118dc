package nl.netwerkregie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Mails;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.people.MySettings;
import nl.netwerkregie.people.MySettingsService;
import nl.netwerkregie.people.NotifyChoice;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.shared.ClockConfig;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who hears of new work, and when (issue 14, acceptance 1): a mail with the task's link at once for one's own
 * tasks and for those who chose it, the daily digest for a group's tasks by default, reminders before the due date
 * and on the day it is late, nothing for a task done meanwhile. Real processes, real outbox, GreenMail.
 */
@Tag("persistence")
class NewWorkMailsIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String NETWORK = "twente";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MySettingsService settings;
    @Autowired
    PeopleQueries people;
    @Autowired
    DigestEntries digestEntries;
    @Autowired
    NotificationRounds rounds;
    @Autowired
    BoardDecisionService board;
    @Autowired
    nl.netwerkregie.people.Recipients recipients;

    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void coordinator1WantsEachTaskAtOnceCoordinator2TheDefault() {
        choose("coordinator1", new MySettings(null, NotifyChoice.AT_ONCE, null));
        choose("coordinator2", MySettings.DEFAULTS);
    }

    @AfterEach
    void cleanUp() {
        started.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
        choose("coordinator1", MySettings.DEFAULTS);
        choose("coordinator2", MySettings.DEFAULTS);
    }

    @Test
    void everyCoordinatorTaskOfEveryProcessReachesEachCoordinatorAsTheyChose() throws Exception {
        int checked = 0;
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            var model = Bpmn.readModelFromFile(file);
            String processId = model.getModelElementsByType(Process.class).iterator().next().getId();
            for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
                // Tasks whose due date or assignee come from a case's data are checked with real cases below.
                if (userTask.getCamundaCandidateGroups() == null
                        || !userTask.getCamundaDueDate().startsWith("${taskDue.in(")) {
                    continue;
                }
                greenMail.reset();
                Task task = startBefore(processId, userTask.getId());
                String link = "/taken/" + task.getId() + "?netwerk=" + NETWORK;

                MimeMessage mail = Mails.lastTo(greenMail, email("coordinator1"));
                assertThat(mail).as(processId + " " + userTask.getId()).isNotNull();
                assertThat(mail.getSubject()).startsWith("Nieuwe taak: " + task.getName());
                assertThat(Mails.body(mail)).contains("Beste Anouk Jansen", "voor uw groep", link,
                        "Uiterlijk: ", "/instellingen");
                assertThat(Mails.lastTo(greenMail, email("coordinator2"))).as("coordinator2 reads the digest")
                        .isNull();
                assertThat(digestEntries.of("coordinator2")).extracting(TaskFacts::taskId).contains(task.getId());
                if (userTask.getCamundaCandidateGroups().contains("secretary")) {
                    assertThat(digestEntries.of("secretaris")).extracting(TaskFacts::taskId).contains(task.getId());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void eachBoardMemberHearsOfTheirVoteAtOnceWithItsLink() throws Exception {
        loginAs("coordinator1");
        long decision = board.putToBoard("Nieuwe huisstijl", "Gaat het bestuur akkoord?", "Akkoord",
                DecisionMode.ONLINE, Instant.now().plus(Duration.ofDays(10)));
        asyncJobs.runAll();
        List<Task> votes = tasks.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(decision)).list();
        started.add(votes.get(0).getProcessInstanceId());
        assertThat(votes).hasSizeGreaterThanOrEqualTo(5);
        for (Task vote : votes) {
            MimeMessage mail = Mails.lastTo(greenMail, email(vote.getAssignee()));
            assertThat(mail).as(vote.getAssignee()).isNotNull();
            assertThat(Mails.body(mail)).contains("voor u:", "Nieuwe huisstijl",
                    "/taken/" + vote.getId() + "?netwerk=" + NETWORK);
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(votes.size());
    }

    @Test
    void theDigestComesOnceADayWithTheNewTasksStillOpen() throws Exception {
        Task first = startBefore("AdmissionProcess", "Task_Intake");
        Task second = startBefore("ResignationProcess", firstCoordinatorTaskOf("ResignationProcess"));
        Task doneMeanwhile = startBefore("TerminationProcess", firstCoordinatorTaskOf("TerminationProcess"));
        runtime.deleteProcessInstance(doneMeanwhile.getProcessInstanceId(), "withdrawn");
        started.remove(doneMeanwhile.getProcessInstanceId());
        greenMail.reset();

        Instant beforeEight = today(LocalTime.of(7, 59));
        rounds.run(beforeEight);
        assertThat(digestsTo(email("coordinator2"))).as("not before 08:00 (the late list of 07:00 may come)").isEmpty();

        rounds.run(today(LocalTime.of(8, 0)));
        MimeMessage digest = Mails.lastTo(greenMail, email("coordinator2"));
        assertThat(digest).isNotNull();
        assertThat(digest.getSubject()).isEqualTo("Netwerkregie: 2 nieuwe taken");
        assertThat(Mails.body(digest)).contains("/taken/" + first.getId(), "/taken/" + second.getId())
                .doesNotContain("/taken/" + doneMeanwhile.getId());

        Task later = startBefore("AdmissionProcess", "Task_Intake");
        rounds.run(today(LocalTime.of(12, 0)));
        assertThat(digestsTo(email("coordinator2"))).as("one digest a day").hasSize(1);
        assertThat(digestEntries.of("coordinator2")).extracting(TaskFacts::taskId).containsExactly(later.getId());
        rounds.run(today(LocalTime.of(8, 0)).plus(Duration.ofDays(1)));
        assertThat(digestsTo(email("coordinator2"))).as("the next day's digest").hasSize(2);
    }

    @Test
    void remindersBeforeTheDueDateAndOnTheDayItIsLateOnceEach() throws Exception {
        Task task = startBefore("AdmissionProcess", "Task_Intake");
        Task doneMeanwhile = startBefore("AdmissionProcess", "Task_Intake");
        Instant due = task.getDueDate().toInstant();
        runtime.deleteProcessInstance(doneMeanwhile.getProcessInstanceId(), "withdrawn");
        started.remove(doneMeanwhile.getProcessInstanceId());
        greenMail.reset();

        rounds.run(due.minus(Duration.ofDays(3)));
        assertThat(reminders(task)).as("too early").isEmpty();
        rounds.run(due.minus(Duration.ofDays(2)));
        rounds.run(due.minus(Duration.ofDays(1)));
        assertThat(reminders(task)).extracting(MimeMessage::getSubject)
                .allMatch(s -> s.startsWith("Herinnering: " + task.getName() + " – "))
                .hasSize(coordinators()); // each coordinator once
        rounds.run(due.plus(Duration.ofMinutes(5)));
        rounds.run(due.plus(Duration.ofHours(5)));
        assertThat(reminders(task)).filteredOn(m -> subject(m).startsWith("Te laat: ")).hasSize(coordinators());
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(Mails::body))
                .noneMatch(body -> body.contains(doneMeanwhile.getId()));
    }

    private int coordinators() {
        return recipients.membersOf("coordinator", NETWORK).size();
    }

    private List<MimeMessage> reminders(Task task) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> Mails.body(m).contains("/taken/" + task.getId()))
                .filter(m -> subject(m).startsWith("Herinnering: ") || subject(m).startsWith("Te laat: ")).toList();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        return to;
    }

    /** The digests only: the same rounds send the late list and reminders of the other tests' open tasks. */
    private List<MimeMessage> digestsTo(String address) throws Exception {
        return mailsTo(address).stream().filter(m -> subject(m).matches("Netwerkregie: \\d+ nieuwe (taak|taken)")).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant today(LocalTime time) {
        return LocalDate.now(ClockConfig.NETWORK_ZONE).atTime(time).atZone(ClockConfig.NETWORK_ZONE).toInstant();
    }

    private static String firstCoordinatorTaskOf(String processId) {
        return Bpmn.readModelFromFile(new File("processes/" + processId + ".bpmn"))
                .getModelElementsByType(UserTask.class).stream()
                .filter(t -> "coordinator".equals(t.getCamundaCandidateGroups()))
                .filter(t -> t.getCamundaDueDate().startsWith("${taskDue.in(")).findFirst().orElseThrow().getId();
    }

    /**
     * A case of the process waiting at that task, in Twente. Without a case id: the mail names the process instead
     * of the case, and no feature's table is asked for a case that is not there.
     */
    private Task startBefore(String processId, String taskId) {
        ProcessInstance pi = CurrentNetwork.as(NETWORK, () -> runtime.createProcessInstanceByKey(processId)
                .startBeforeActivity(taskId).execute(false, true));
        started.add(pi.getId());
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).singleResult();
    }

    private String email(String username) {
        return people.byUsername(username).orElseThrow().email();
    }

    private void choose(String username, MySettings chosen) {
        loginAs(username);
        settings.change(chosen);
        clearLogin();
    }

    private void clearLogin() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
