package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Issue 17's attacks on the engine's doors and the login, each of which worked before: a BPMN whose JUEL reads the
 * JVM deployed through the REST API, a filter whose stored expression runs in the JVM, a board member's vote task
 * completed through the REST API without a vote and without a trace, an account with no role logging in, and
 * passwords kept as one round of SHA-512. Each refusal is in the security log.
 */
class SecurityProbesIT extends IntegrationTest {

    /** The payload: reads a system property through reflection, inside the engine. */
    private static final String JUEL_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe">
              <process id="probe" isExecutable="true">
                <startEvent id="s"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <serviceTask id="t" camunda:expression="${''.getClass().forName('java.lang.System').getProperty('user.home')}"/>
                <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
                <endEvent id="e"/>
              </process>
            </definitions>
            """;

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired BoardDecisionService decisions;
    @Autowired CamundaIdentityAuthenticationProvider login;
    @Autowired OperatorAccountProperties operator;
    @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDeploymentThroughTheRestApiIsRefusedForTheOperatorToo() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        String boundary = "probe" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe.bpmn\"; filename=\"probe.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + JUEL_BPMN + "\r\n--" + boundary + "--\r\n";
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            HttpResponse<String> response = send(operatorRequest("/engine-rest/deployment/create")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe").count()).isZero();
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=operation-refused user=\""
                    + operator.username() + "\"") && line.contains("POST /engine-rest/deployment/create"));
        }
    }

    @Test
    void aStoredFilterCannotRunAnExpression() throws Exception {
        String filter = "{\"resourceType\":\"Task\",\"name\":\"probe\",\"query\":{\"assigneeExpression\":"
                + "\"${''.getClass().forName('java.lang.System').getProperty('user.home')}\"}}";
        HttpResponse<String> created = send(operatorRequest("/engine-rest/filter/create")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(filter)));
        assertThat(created.statusCode()).as("no operator keeps filters, and none holds an expression: " + created.body())
                .isIn(400, 403);
        assertThat(engine.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(created.body()).doesNotContain(System.getProperty("user.home"));

        HttpResponse<String> adHoc = send(operatorRequest("/engine-rest/task?assigneeExpression="
                + java.net.URLEncoder.encode("${''.getClass().forName('java.lang.System').getProperty('user.home')}",
                        StandardCharsets.UTF_8)).GET());
        assertThat(adHoc.statusCode()).isEqualTo(400);
    }

    @Test
    void aVoteCannotBeCastByCompletingItsTaskThroughTheRestApi() throws Exception {
        Task vote = aVoteTask();
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            for (String way : List.of("complete", "submit-form", "resolve")) {
                HttpResponse<String> response = send(operatorRequest("/engine-rest/task/" + vote.getId() + "/" + way)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"settled\":{\"value\":true}}}")));
                assertThat(response.statusCode()).as(way).isEqualTo(403);
            }
            HttpResponse<String> variable = send(operatorRequest("/engine-rest/task/" + vote.getId() + "/variables/settled")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":true,\"type\":\"Boolean\"}")));
            assertThat(variable.statusCode()).isEqualTo(403);

            assertThat(tasks.createTaskQuery().taskId(vote.getId()).count()).as("the vote is still to be cast").isOne();
            assertThat(log.lines()).filteredOn(line -> line.contains("event=operation-refused")
                    && line.contains("/task/" + vote.getId())).hasSize(4);
        }
    }

    @Test
    void whatTheOperatorDoesThroughTheRestApiIsRecordedUnderTheirName() throws Exception {
        Task vote = aVoteTask();
        HttpResponse<String> response = send(operatorRequest("/engine-rest/task/" + vote.getId() + "/assignee")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"bestuur2\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);

        List<UserOperationLogEntry> entries = history.createUserOperationLogQuery().taskId(vote.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list();
        assertThat(entries).extracting(UserOperationLogEntry::getUserId).containsOnly(operator.username());
    }

    @Test
    void aBoardMembersForbiddenRestCallIsInTheSecurityLog() throws Exception {
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            HttpResponse<String> response = send(request("/engine-rest/task", "bestuur1", "demo").GET());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=forbidden user=\"bestuur1\"")
                    && line.contains("GET /engine-rest/task"));
        }
    }

    @Test
    void aFailedLoginIsInTheSecurityLogWithUserAndSource() throws Exception {
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            assertThat(send(request("/engine-rest/engine", "bestuur3", "fout").GET()).statusCode()).isEqualTo(401);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=login-failed user=\"bestuur3\" "
                    + "source=\"127.0.0.1\""));
        }
    }

    @Test
    void anAccountWithoutARoleCannotLogIn() {
        String id = "zonderrol" + System.nanoTime();
        User user = identityService.newUser(id);
        user.setPassword("Een-lange-zin-van-woorden");
        identityService.saveUser(user);
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            assertThatThrownBy(() -> login.authenticate(token(id, "Een-lange-zin-van-woorden")))
                    .isInstanceOf(DisabledException.class);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("SECURITY event=login-refused user=\"" + id + "\"")
                    && line.contains("no role"));
        }
    }

    @Test
    void passwordsAreHashedWithPbkdf2AndAnOldSha512HashIsReplacedAtTheNextLogin() {
        String id = "oudehash" + System.nanoTime();
        UserEntity user = (UserEntity) identityService.newUser(id);
        String salt = "c2FsdHNhbHRzYWx0c2FsdA==";
        user.setSalt(salt);
        user.setDbPassword("{SHA-512}" + new Sha512HashDigest().encrypt("Een-lange-zin-van-woorden" + salt));
        identityService.saveUser(user);
        identityService.createMembership(id, Role.SECRETARY.groupId());
        assertThat(identityService.checkPassword(id, "Een-lange-zin-van-woorden")).as("the old hash still works").isTrue();

        assertThat(login.authenticate(token(id, "Een-lange-zin-van-woorden")).isAuthenticated()).isTrue();

        String stored = ((UserEntity) identityService.createUserQuery().userId(id).singleResult()).getPassword();
        assertThat(stored).startsWith("{PBKDF2}");
        assertThat(identityService.checkPassword(id, "Een-lange-zin-van-woorden")).isTrue();
        assertThat(identityService.checkPassword(id, "een-lange-zin-van-woorden")).isFalse();
    }

    private Task aVoteTask() {
        loginAs("coordinator1");
        long decision = decisions.putToBoard("Sonde " + System.nanoTime(), "Stemmen we in?", "Voorstel",
                DecisionMode.ONLINE, null);
        asyncJobs.runAll();
        return tasks.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(Long.toString(decision)).list().get(0);
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails("10.9.0.1", null));
        return token;
    }

    private HttpRequest.Builder operatorRequest(String path) {
        return request(path, operator.username(), operator.password());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
