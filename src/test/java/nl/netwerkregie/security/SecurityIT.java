package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The doors: REST API for operators only, Camunda webapps behind login, the UI behind login. */
class SecurityIT extends IntegrationTest {

    @LocalServerPort
    int port;

    /** Redirects are not followed: a redirect to the login page must show as a redirect. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousEngineRestIsRefusedWith401() throws Exception {
        HttpResponse<String> response = get("/engine-rest/task", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aBoardMemberGets403OnEngineRest() throws Exception {
        assertThat(get("/engine-rest/task", "bestuur1", "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordGets401() throws Exception {
        // Not the operator: Camunda delays the next login of a user after a failed attempt.
        assertThat(get("/engine-rest/task", "bestuur2", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void theOperatorUsesEngineRest() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", "beheerder", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("default");
    }

    @Test
    void anonymousCockpitAndUiGoToTheLoginPage() throws Exception {
        for (String path : new String[] {"/camunda/app/cockpit/", "/", "/zaken", "/organisaties"}) {
            HttpResponse<String> response = get(path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void aBoardMemberCannotOpenCockpit() throws Exception {
        assertThat(get("/camunda/app/cockpit/", "bestuur1", "demo").statusCode()).isIn(302, 403);
    }

    @Test
    void theLoginPageIsOpen() throws Exception {
        assertThat(get("/login", null, null).statusCode()).isEqualTo(200);
    }
}
