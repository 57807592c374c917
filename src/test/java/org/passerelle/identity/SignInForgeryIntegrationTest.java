package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.PasserelleTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF, seen from a real HTTP client: another website cannot sign a visitor into an account of its choosing,
 * while the sign-in page itself keeps signing people in, even once its form has gone stale.
 */
@PasserelleTest
class SignInForgeryIntegrationTest {

    static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The node of the form's hidden {@code _csrf} input, in the view's state that the page carries. */
    static final Pattern FORM_TOKEN_NODE =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"name\",\"feat\":\\d+,\"value\":\"_csrf\"}");

    static final String PASSWORD = "demo-passerelle";

    @LocalServerPort
    int port;

    @Test
    void aSignInWithoutTheFormsTokenSignsNobodyIn() throws Exception {
        Browser browser = new Browser();
        browser.openSignInPage();

        HttpResponse<String> answer = browser.signIn("learner", PASSWORD, null, null);

        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aSignInWithoutTheTokenFromAnotherSiteSignsNobodyIn() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> answer = browser.signIn("learner", PASSWORD, null, "https://attacker.example");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotEndWith("/"));
        assertThat(browser.signedIn()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://attacker.example", "http://localhost.attacker.example", "null"})
    void aSignInPostedFromAnotherSiteIsRefusedEvenWithAValidToken(String origin) throws Exception {
        Browser browser = new Browser();
        String token = browser.openSignInPage();

        HttpResponse<String> answer = browser.signIn("learner", PASSWORD, token, origin);

        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?other-site"));
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aSignInWhoseRefererIsAnotherSiteIsRefusedWhenItNamesNoOrigin() throws Exception {
        Browser browser = new Browser();
        String token = browser.openSignInPage();

        HttpResponse<String> answer = browser.send(browser.signInRequest("learner", PASSWORD, token)
                .header("Referer", "https://attacker.example/page.html")
                .build());

        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?other-site"));
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aSignInFromTheSignInPageWithItsTokenSignsIn() throws Exception {
        Browser browser = new Browser();
        String token = browser.openSignInPage();

        HttpResponse<String> answer = browser.signIn("learner", PASSWORD, token, "http://localhost:" + port);

        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aVaadinRequestTypeDoesNotExemptTheSignInFromTheToken() throws Exception {
        Browser browser = new Browser();
        browser.openSignInPage();

        HttpResponse<String> answer = browser.send(browser.request("/login?v-r=uidl")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=learner&password=" + PASSWORD))
                .build());

        assertThat(answer.statusCode()).isIn(302, 403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aSignInPageLeftOpenUntilItsSessionEndedGivesAFreshFormThatSignsIn() throws Exception {
        Browser browser = new Browser();
        String staleToken = browser.openSignInPage();
        // The session ended while the page stayed open: the browser still sends the cookie of a session that
        // no longer exists, and the token of the page.
        Browser later = new Browser();
        HttpResponse<String> answer = later.send(later.signInRequest("learner", PASSWORD, staleToken)
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .header("Origin", "http://localhost:" + port)
                .build());

        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(later.signedIn()).isFalse();

        HttpResponse<String> page = later.send(later.request("/login?expired").build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(text("", "login.error.expired"));
        Matcher fresh = TOKEN.matcher(page.body());
        assertThat(fresh.find()).as("a fresh form token").isTrue();
        later.signIn("learner", PASSWORD, fresh.group(1), "http://localhost:" + port);
        assertThat(later.signedIn()).isTrue();
    }

    @Test
    void theTokenChangesAtSignInAndTheOldOneNoLongerSignsAnyoneIn() throws Exception {
        Browser browser = new Browser();
        String before = browser.openSignInPage();
        browser.signIn("learner", PASSWORD, before, "http://localhost:" + port);
        assertThat(browser.signedIn()).isTrue();

        // A second tab still shows the sign-in form with the token of before: it gets a fresh form, not an error.
        HttpResponse<String> stale = browser.signIn("apprenant", PASSWORD, before, "http://localhost:" + port);
        assertThat(stale.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(browser.send(browser.request("/login?expired").build()).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ar", "_zh", "_fr", "_ru", "_es"})
    void theRefusalsAreExplainedInTheReadersLanguage(String bundle) throws Exception {
        String language = bundle.isEmpty() ? "en" : bundle.substring(1);
        Browser browser = new Browser();
        HttpResponse<String> expired = browser.send(browser.request("/login?expired")
                .header("Accept-Language", language)
                .build());
        HttpResponse<String> refused = browser.send(browser.request("/login?other-site")
                .header("Accept-Language", language)
                .build());

        assertThat(expired.body()).contains(text(bundle, "login.error.expired"));
        assertThat(refused.body()).contains(text(bundle, "login.error.other-site"));
    }

    @Test
    void signingOutAndOtherPostsOutsideVaadinStillNeedTheToken() throws Exception {
        Browser browser = new Browser();
        browser.signIn("learner", PASSWORD, browser.openSignInPage(), "http://localhost:" + port);
        assertThat(browser.signedIn()).isTrue();

        for (String path : List.of("/logout", "/verify/abc", "/my-learning", "/records/x/certificate.pdf")) {
            HttpResponse<String> answer = browser.send(browser.request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                    .build());
            assertThat(answer.statusCode())
                    .as(path + " " + answer.headers().map())
                    .isEqualTo(403);
        }
        assertThat(browser.signedIn()).as("a forged sign-out signs nobody out").isTrue();
    }

    @Test
    void theSessionCookieStaysHomeWhenAnotherSiteStartsTheRequest() throws Exception {
        HttpResponse<String> page = new Browser()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build());

        List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    /** The value of the sign-in form's hidden {@code _csrf} input: what a browser posts. */
    static String formToken(String page) {
        Matcher node = FORM_TOKEN_NODE.matcher(page);
        assertThat(node.find()).as("the form has a _csrf input").isTrue();
        Matcher value = Pattern.compile("\\{\"node\":" + node.group(1)
                        + ",\"type\":\"put\",\"key\":\"value\",\"feat\":\\d+,\"value\":\"([^\"]+)\"}")
                .matcher(page);
        assertThat(value.find()).as("the form's _csrf input has a value").isTrue();
        return value.group(1);
    }

    /** The text of a key in one of the six bundles, as the page carries it. */
    static String text(String bundle, String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SignInForgeryIntegrationTest.class.getResourceAsStream(
                "/vaadin-i18n/translations" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.getProperty(key);
    }

    /** A browser without JavaScript: one cookie jar, no redirects followed. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();

        /** @return the CSRF token that the sign-in form posts (its hidden input) */
        String openSignInPage() throws IOException, InterruptedException {
            String page = send(request("/login").build()).body();
            assertThat(TOKEN.matcher(page).find())
                    .as("the page's head carries a token")
                    .isTrue();
            return formToken(page);
        }

        HttpResponse<String> signIn(String username, String password, String token, String origin)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = signInRequest(username, password, token);
            if (origin != null) {
                request.header("Origin", origin);
            }
            return send(request.build());
        }

        HttpRequest.Builder signInRequest(String username, String password, String token) {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            return request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }

        /** Whether a page that needs a signed-in person opens, rather than sending to the sign-in page. */
        boolean signedIn() throws IOException, InterruptedException {
            HttpResponse<String> page = send(request("/my-learning").build());
            return page.statusCode() == 200;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
