package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headers, cookies and the login form as a stranger probes them over plain HTTP (issue 17, item 7): each test is a
 * probe that found a gap before.
 */
class HeaderProbesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    /** Redirects are not followed: where a login leads must show. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String own() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(own() + path)).header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The POST that Vaadin's login form sends: the fields username and password to /login, no CSRF token. */
    private HttpResponse<String> postLogin(String user, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(own() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void theLoginPageAndTheFormSendTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/aanmelden")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnlyAndOverPlainHttpNotSecure() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(sessionCookie(page)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https");
        assertThat(sessionCookie(page)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aLoginPostedFromAForeignOriginIsRefused() throws Exception {
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            HttpResponse<String> response = postLogin("bestuur1", "demo", "Origin", "https://evil.example");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
            assertThat(log.lines()).anyMatch(l -> l.contains("event=login-refused") && l.contains("user=\"bestuur1\"")
                    && l.contains("https://evil.example"));
        }
    }

    @Test
    void aLoginFromAForeignRefererWithoutOriginIsRefused() throws Exception {
        assertThat(postLogin("bestuur1", "demo", "Referer", "https://evil.example/login").statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginFromTheApplicationsOwnOriginLogsIn() throws Exception {
        HttpResponse<String> response = postLogin("bestuur1", "demo", "Origin", own(), "Referer", own() + "/login");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void behindATlsProxyTheProxysOriginIsTheOwnOne() throws Exception {
        HttpResponse<String> response = postLogin("bestuur1", "demo", "Origin", "https://localhost",
                "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void aBoardMemberOnCockpitGetsTheDutch403PageAndTheRefusalIsLogged() throws Exception {
        String session = sessionCookie(postLogin("bestuur1", "demo", "Origin", own())).split(";")[0];
        try (SecurityLogCapture log = SecurityLogCapture.open()) {
            HttpResponse<String> cockpit = get("/camunda/app/cockpit/", "Cookie", session);
            assertThat(cockpit.statusCode()).isEqualTo(403);
            assertThat(cockpit.body()).contains("U hebt geen toegang tot deze pagina").doesNotContain("Whitelabel");
            assertThat(log.lines()).anyMatch(l -> l.contains("event=forbidden") && l.contains("user=\"bestuur1\"")
                    && l.contains("GET /camunda/app/cockpit/"));
        }
    }
}
