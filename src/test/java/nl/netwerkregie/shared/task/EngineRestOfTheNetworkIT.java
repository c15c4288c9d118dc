package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.people.AccountService;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API for an operator of one network shows that network's tasks only; the hosting operator sees every
 * network's (issue 13, acceptance 2).
 */
@Tag("persistence")
class EngineRestOfTheNetworkIT extends IntegrationTest {

    private static final String PASSWORD = "rest-van-utrecht-42";

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired PeopleService people;
    @Autowired PeopleQueries peopleQueries;
    @Autowired AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOperatorOfUtrechtSeesUtrechtsTasksOnlyAndTheHostingOperatorSeesBoth() throws Exception {
        String operator = utrechtOperator();
        ProcessInstance utrecht = CurrentNetwork.as("utrecht",
                () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess", "rest-utrecht"));
        ProcessInstance twente = CurrentNetwork.as("twente",
                () -> runtimeService.startProcessInstanceByKey("TaskListTestProcess", "rest-twente"));
        try {
            String utrechtTask = taskService.createTaskQuery().processInstanceId(utrecht.getId()).list().get(0).getId();
            String twenteTask = taskService.createTaskQuery().processInstanceId(twente.getId()).list().get(0).getId();

            String asUtrecht = get("/engine-rest/task?processDefinitionKey=TaskListTestProcess", operator, PASSWORD);
            assertThat(asUtrecht).contains(utrechtTask).doesNotContain(twenteTask);
            assertThat(get("/engine-rest/process-instance/" + twente.getId(), operator, PASSWORD))
                    .doesNotContain("rest-twente");

            String asHost = get("/engine-rest/task?processDefinitionKey=TaskListTestProcess", "beheerder", "demo");
            assertThat(asHost).contains(utrechtTask).contains(twenteTask);
        } finally {
            runtimeService.deleteProcessInstance(utrecht.getId(), "test done");
            runtimeService.deleteProcessInstance(twente.getId(), "test done");
        }
    }

    /** An operator account that works for Utrecht only, made the way the hosting operator makes one. */
    private String utrechtOperator() {
        loginAs("beheerder");
        String username = CurrentNetwork.as("utrecht", () -> peopleQueries.byEmail("operator@utrecht.example")
                .map(p -> p.username())
                .orElseGet(() -> {
                    PeopleService.Invitation invitation = people.inviteByHand(new PersonForm("Ute", "Beheer",
                            "operator@utrecht.example", null, Set.of(Role.OPERATOR)));
                    accounts.acceptInvitation(invitation.token(), PASSWORD, PASSWORD);
                    return invitation.username();
                }));
        assertThat(peopleQueries.networksOf(username)).containsExactly("utrecht");
        return username;
    }

    private String get(String path, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
