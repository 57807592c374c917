package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The institution's logo, as anyone reaches it: one public address, cached for long, on the pages that name it. */
@PasserelleTest
class IssuerLogoIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IssuerLogo logo;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void noLogo() {
        switchable().hide();
    }

    @Test
    void anyoneGetsTheLogoAsAPngCachedForAYear() throws Exception {
        Path file = SwitchableIssuerLogo.pngFile(120, 40);
        IssuerLogo.Image image = switchable().show(file);

        HttpResponse<byte[]> answer = get("/" + image.address());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Files.readAllBytes(file));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "public", "immutable"));
        assertThat(get("/issuer/logo/0123456789abcdef").statusCode())
                .as("an address of another logo, e.g. the one before")
                .isEqualTo(404);
    }

    @Test
    void theSignInAndVerificationPagesShowItInTheirHtmlSizedAndSilentBesideTheName() throws Exception {
        IssuerLogo.Image image = switchable().show(SwitchableIssuerLogo.pngFile(120, 40));

        for (String page : new String[] {"/login", "/verify/aaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
            Element img = Jsoup.parse(new String(get(page).body())).selectFirst("img.issuer-logo");
            assertThat(img).as("the logo on " + page).isNotNull();
            assertThat(img.attr("src")).isEqualTo(image.address());
            assertThat(img.hasAttr("alt")).isTrue();
            assertThat(img.attr("alt")).as("the institution is named beside it").isEmpty();
            assertThat(img.attr("width")).isEqualTo("120");
            assertThat(img.attr("height")).isEqualTo("40");
        }
    }

    @Test
    void withoutASettingThePagesCarryNoLogo() throws Exception {
        assertThat(new String(get("/login").body())).doesNotContain("issuer-logo");
        assertThat(get("/issuer/logo/0123456789abcdef").statusCode()).isEqualTo(404);
    }

    private SwitchableIssuerLogo switchable() {
        return (SwitchableIssuerLogo) logo;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
