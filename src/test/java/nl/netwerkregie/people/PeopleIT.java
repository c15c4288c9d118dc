package nl.netwerkregie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Mails;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People and their accounts through the real doors: the invitation mail (GreenMail), its one-time link, the
 * password reset, and the login (the REST API's basic authentication: 403 means "logged in, not an operator",
 * 401 "not logged in").
 */
@Tag("persistence")
class PeopleIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/account/(activeren|nieuw-wachtwoord)/([0-9a-f]{48})");
    private static final String PASSWORD = "paars-fietsje-onder-de-brug";

    @Autowired PeopleService people;
    @Autowired AccountService accounts;
    @Autowired PeopleQueries queries;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired nl.netwerkregie.security.AccountGate gate;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anInvitedPersonSetsAPasswordThroughTheMailedLinkAndLogsInOnce() throws Exception {
        loginAs("coordinator1");
        PeopleService.Invitation invitation = people.invite(form("Femke", "de Groot", "f.degroot@mst.example"));

        assertThat(invitation.username()).isEqualTo("fdegroot");
        assertThat(gate.isBarred("fdegroot")).as("no password of their own yet").isTrue();
        MimeMessage mail = mailTo("f.degroot@mst.example");
        assertThat(mail.getSubject()).startsWith("Uitnodiging voor Netwerkregie");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Beste Femke de Groot").contains("Anouk Jansen").contains("fdegroot");
        String token = tokenIn(mail, "activeren");

        assertThat(accounts.invitation(token).name()).isEqualTo("Femke de Groot");
        assertThat(accounts.acceptInvitation(token, PASSWORD, PASSWORD)).isEqualTo("fdegroot");

        assertThat(loginStatus("f.degroot@mst.example", PASSWORD)).as("the e-mail address works as login name too")
                .isEqualTo(403);
        assertThat(loginStatus("fdegroot", PASSWORD)).isEqualTo(403);
        assertThat(gate.isBarred("fdegroot")).isFalse();
        assertThat(queries.byUsername("fdegroot").orElseThrow().state()).isEqualTo(PersonState.ACTIVE);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, PASSWORD, PASSWORD))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.link.usedInvitation");
    }

    @Test
    void anExpiredInvitationIsRefusedWithItsDate() {
        loginAs("coordinator1");
        PeopleService.Invitation invitation = people.invite(form("Pim", "Lansink", "p.lansink@zgt.example"));
        jdbc.update("update account_token set expires_at = created_at where person_id = ?", invitation.personId());

        assertThatThrownBy(() -> accounts.invitation(invitation.token()))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.link.expiredInvitation");
        assertThatThrownBy(() -> accounts.acceptInvitation(invitation.token(), PASSWORD, PASSWORD))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.link.expiredInvitation");
        assertThatThrownBy(() -> accounts.invitation("0".repeat(48)))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.link.unknown");
    }

    @Test
    void invitingAgainMakesTheEarlierLinkStopWorking() {
        loginAs("coordinator1");
        PeopleService.Invitation first = people.invite(form("Sanne", "Kuiper", "s.kuiper@thoon.example"));
        PeopleService.Invitation again = people.inviteAgain(first.personId());

        assertThatThrownBy(() -> accounts.invitation(first.token())).isInstanceOf(DomainException.class);
        assertThat(accounts.invitation(again.token()).username()).isEqualTo("skuiper");
    }

    @Test
    void aPasswordResetLinkWorksOnceAndAnUnknownAddressGetsNoMail() throws Exception {
        loginAs("coordinator1");
        PeopleService.Invitation invitation = people.invite(form("Joost", "Mensink", "j.mensink@fea.example"));
        accounts.acceptInvitation(invitation.token(), PASSWORD, PASSWORD);
        greenMail.purgeEmailFromAllMailboxes();

        accounts.requestReset("nobody@nowhere.example");
        accounts.requestReset("J.Mensink@fea.example");

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        String token = tokenIn(mailTo("j.mensink@fea.example"), "nieuw-wachtwoord");
        String newPassword = "zeven-zwanen-zwemmen-zuidwaarts";
        accounts.resetPassword(token, newPassword, newPassword);
        assertThat(loginStatus("jmensink", newPassword)).isEqualTo(403);
        assertThatThrownBy(() -> accounts.resetPassword(token, "nog-een-ander-wachtwoord", "nog-een-ander-wachtwoord"))
                .isInstanceOf(DomainException.class).hasMessageContaining("account.link.usedReset");
    }

    @Test
    void aDeactivatedPersonCannotLogInAndTheirTasksGoToTheCoordinators() throws Exception {
        loginAs("coordinator1");
        PeopleService.Invitation invitation = people.invite(form("Kees", "Bakker", "k.bakker@hof.example"));
        accounts.acceptInvitation(invitation.token(), PASSWORD, PASSWORD);
        String caseId = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "people-leaver").getId();
        Task task = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("Task_Coordinator")
                .singleResult();
        taskService.setAssignee(task.getId(), "kbakker");
        greenMail.purgeEmailFromAllMailboxes();

        people.deactivate(invitation.personId());

        assertThat(loginStatus("kbakker", PASSWORD)).isEqualTo(401);
        Task handed = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(handed.getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("coordinator").count())
                .isEqualTo(1);
        assertThat(taskService.getTaskComments(task.getId())).anySatisfy(c ->
                assertThat(c.getFullMessage()).contains("Kees Bakker is gedeactiveerd"));
        MimeMessage toCoordinators = mailTo("coordinator1@netwerkregie.example");
        assertThat(toCoordinators.getSubject()).isEqualTo("Taken van Kees Bakker overgedragen aan de coördinatoren");
        assertThatThrownBy(() -> people.deactivate(invitation.personId())).isInstanceOf(DomainException.class);
        runtimeService.deleteProcessInstance(caseId, "test");
    }

    @Test
    void anInvitationNeedsAFreeAddressAndOnlyRolesTheCoordinatorMayGrant() {
        loginAs("coordinator1");
        assertThatThrownBy(() -> people.invite(form("Anouk", "Jansen", "Coordinator1@netwerkregie.example")))
                .isInstanceOf(DomainException.class).hasMessageContaining("person.emailInUse");
        assertThatThrownBy(() -> people.invite(new PersonForm("Bea", "Ros", "b.ros@x.example", null,
                Set.of(Role.OPERATOR)))).isInstanceOf(DomainException.class).hasMessageContaining("person.roleNotYours");
        assertThatThrownBy(() -> people.invite(new PersonForm("Bea", "Ros", "geen-adres", null, Set.of())))
                .isInstanceOf(DomainException.class).hasMessageContaining("validation.email");
        loginAs("bestuur1");
        assertThatThrownBy(() -> people.invite(form("Bea", "Ros", "b.ros@x.example")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static PersonForm form(String first, String last, String email) {
        return new PersonForm(first, last, email, null, Set.of(Role.SECRETARY));
    }

    private static MimeMessage mailTo(String address) {
        MimeMessage mail = Mails.lastTo(greenMail, address);
        if (mail == null) {
            throw new AssertionError("no mail to " + address);
        }
        return mail;
    }

    private static String tokenIn(MimeMessage mail, String kind) {
        String body = Mails.body(mail);
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no " + kind + " link in: " + body);
    }

    private int loginStatus(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
                .header("Authorization", "Basic " + credentials).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
