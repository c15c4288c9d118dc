package nl.netwerkregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which Origin a login may come from: the address the request reached, or the configured base URL. */
class OwnOriginsTest {

    private final OwnOrigins origins = new OwnOrigins("https://netwerkregie.example.nl/");

    private static MockHttpServletRequest requestTo(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    @Test
    void theAddressTheRequestReachedIsOwnWithOrWithoutItsDefaultPort() {
        assertThat(origins.includes("http://localhost:8080", requestTo("http", "localhost", 8080))).isTrue();
        assertThat(origins.includes("https://Intern.Example", requestTo("https", "intern.example", 443))).isTrue();
        assertThat(origins.includes("https://intern.example:443", requestTo("https", "intern.example", 443))).isTrue();
    }

    @Test
    void theBaseUrlIsOwnWhateverTheRequestSays() {
        assertThat(origins.includes("https://netwerkregie.example.nl", requestTo("http", "10.0.0.5", 8080))).isTrue();
    }

    @Test
    void anotherSchemePortOrHostIsForeign() {
        MockHttpServletRequest request = requestTo("https", "intern.example", 443);
        assertThat(origins.includes("http://intern.example", request)).isFalse();
        assertThat(origins.includes("https://intern.example:8443", request)).isFalse();
        assertThat(origins.includes("https://intern.example.evil.example", request)).isFalse();
    }

    @Test
    void aHiddenOrMalformedOriginIsForeign() {
        MockHttpServletRequest request = requestTo("http", "localhost", 8080);
        assertThat(origins.includes("null", request)).isFalse();
        assertThat(origins.includes("not an origin", request)).isFalse();
    }
}
