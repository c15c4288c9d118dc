package nl.netwerkregie.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser as far as the two-node test needs one: cookies (the session's and HAProxy's {@code SERVERID}), the login
 * form posted as the login page posts it, and GETs, without following redirects.
 */
final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final int port;

    Browser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens the login page and logs in (password demo); with a node named, with fresh cookies again until the
     * balancer's cookie names that node. Answers the node HAProxy's cookie names, or "direct" without one.
     */
    String loginOn(String user, String node) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 6; attempt++) {
            if (node != null) {
                cookies.getCookieStore().removeAll();
            }
            get("/login");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String target = login.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("-");
            if (login.statusCode() != 302 || !"/".equals(target)) {
                throw new AssertionError("login of " + user + " answered " + login.statusCode() + " " + target);
            }
            String server = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SERVERID"))
                    .map(HttpCookie::getValue).findFirst().orElse("direct");
            if (node == null || node.equals(server)) {
                return server;
            }
        }
        throw new AssertionError("HAProxy never sent " + user + " to " + node);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
