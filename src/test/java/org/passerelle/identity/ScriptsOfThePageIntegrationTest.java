package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The scripts of a page as any browser receives them: only those the page's policy names may run. */
@PasserelleTest
class ScriptsOfThePageIntegrationTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9_-]{24})' 'unsafe-eval'");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyScriptOfThePageCarriesTheNonceOfItsPolicyAndNoInlineScriptIsAllowedOtherwise() throws Exception {
        HttpResponse<String> login = get("/login");

        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).doesNotContain("'unsafe-inline' 'unsafe-eval'").contains("script-src-attr 'none'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        Document page = Jsoup.parse(login.body());
        assertThat(page.select("script"))
                .isNotEmpty()
                .allSatisfy(script ->
                        assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce.group(1)));
    }

    @Test
    void eachResponseHasANonceOfItsOwn() throws Exception {
        String first =
                get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second =
                get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
