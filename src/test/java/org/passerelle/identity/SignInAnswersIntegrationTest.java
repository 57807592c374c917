package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a guesser reads on the sign-in page tells nothing about whether an account exists. */
@PasserelleTest
class SignInAnswersIntegrationTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    AccountSeeding seeding;

    @Autowired
    UserAdministration people;

    @Autowired
    SignedIn signedIn;

    @Test
    void sixFailuresGiveTheSameAnswersForAnAccountAndForANameThatIsNoAccount() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String account = account("existing-" + tag);
        String nobody = "nobody-" + tag;

        // Each from its own address, so that the address back-off (the same for both) stays out of the way.
        List<String> forAccount = attempts(account, PASSWORD);
        List<String> forNobody = attempts(nobody, PASSWORD);

        assertThat(forAccount)
                .containsExactly(
                        "error", "error", "error", "error", "locked 1 min", "locked 1 min", "locked 1 min (password)");
        assertThat(forNobody).isEqualTo(forAccount);
    }

    @Test
    void aDeactivatedAccountAnswersLikeANameThatIsNoAccountUntilItsPasswordIsTyped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String deactivated = account("gone-" + tag);
        signedIn.as("admin");
        people.setActive(people.find(deactivated).orElseThrow().id(), false);
        signedIn.out();

        Visitor visitor = new Visitor();
        assertThat(visitor.signIn(deactivated, "not the password")).isEqualTo("error");
        assertThat(visitor.signIn(deactivated, PASSWORD)).isEqualTo("disabled");
    }

    /** Six wrong passwords, then the right one (which a name without account does not have). */
    private List<String> attempts(String username, String rightPassword) throws Exception {
        Visitor visitor = new Visitor();
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            answers.add(visitor.signIn(username, "wrong password " + i));
        }
        answers.add(visitor.signIn(username, rightPassword) + " (password)");
        return answers;
    }

    private String account(String username) {
        seeding.createIfMissing(
                username, "Someone", username + "@example.org", "KE", Language.EN, Set.of(Role.LEARNER), PASSWORD);
        return username;
    }

    /** A browser on its own loopback address, signing in through the form with its token. */
    final class Visitor {

        private final HttpClient http;
        private String token;

        Visitor() throws Exception {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            InetAddress address = InetAddress.getByAddress(new byte[] {
                127, (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)
            });
            http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager())
                    .localAddress(address)
                    .build();
        }

        /** @return what the sign-in page is asked to say: error, disabled, or "locked N min" as the page words it */
        String signIn(String username, String password) throws Exception {
            if (token == null) {
                String page = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                token = SignInForgeryIntegrationTest.formToken(page);
            }
            String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(
                    request("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "http://localhost:" + port)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElseThrow();
            String reason = location.substring(location.indexOf("/login?") + "/login?".length());
            if (reason.startsWith("locked=")) {
                long seconds = Long.parseLong(reason.substring("locked=".length()));
                return "locked " + (seconds + 59) / 60 + " min";
            }
            return reason;
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }
    }
}
