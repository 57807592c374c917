package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What any HTTP client sees, signed in or not. */
@PasserelleTest
class WebSecurityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html lang=\"en\"");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("default-src 'self'")
                        .contains("object-src 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void staticFilesServedOutsideTheSecurityChainCarryThemToo() throws Exception {
        HttpResponse<String> icon = get("/VAADIN/build/does-not-exist.js");
        assertThat(icon.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(icon.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromAnyPage() throws Exception {
        HttpResponse<String> admin = get("/admin/users");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void healthProbesAreOpenButMetricsAreNot() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("UP");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");

        assertThat(get("/actuator/metrics").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void anAddressThatKeepsFailingIsTurnedAwayBeforeItsPasswordIsChecked() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        String page = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=nobody-by-this-name&password=wrong-password-here&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> failure = browser.send(post(form), HttpResponse.BodyHandlers.ofString());
        assertThat(failure.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        for (int i = 0; i < 10; i++) {
            browser.send(post(form), HttpResponse.BodyHandlers.ofString());
        }
        HttpResponse<String> slowed = browser.send(post(form), HttpResponse.BodyHandlers.ofString());
        assertThat(slowed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?throttled="));
    }

    private HttpRequest post(String form) {
        return request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
