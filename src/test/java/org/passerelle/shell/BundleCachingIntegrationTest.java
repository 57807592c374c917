package org.passerelle.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner's browser keeps the frontend bundle: its files (named by their content) are cached for a year and
 * travel compressed, so a returning learner on a slow link asks for none of them again.
 */
@PasserelleTest
class BundleCachingIntegrationTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBundleFilesOfTheSignInPageAreKeptForAYearAndSentCompressed() throws Exception {
        String page = get("/login", "identity").body();
        Matcher script =
                Pattern.compile("VAADIN/build/indexhtml-[A-Za-z0-9_-]{8}\\.js").matcher(page);
        assertThat(script.find())
                .as("the sign-in page loads the bundle's entry file")
                .isTrue();

        HttpResponse<String> bundle = get("/" + script.group(), "gzip");

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=31536000").contains("immutable"));
        assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void aBundleFileThatDoesNotExistIsNotCached() throws Exception {
        HttpResponse<String> missing = get("/VAADIN/build/nothing-AAAAAAAA.js", "identity");

        assertThat(missing.statusCode()).isNotEqualTo(200);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", encoding)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
