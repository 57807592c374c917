package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.assessment.TextFormat;

class SafeMarkdownTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hello <script>alert(1)</script> world",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<style>body{display:none}</style>",
                "\"><script>alert(1)</script>",
                "<div onclick=\"alert(1)\">text</div>",
                "<object data=\"x.swf\"></object>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "[a](https://ok.example \"title\" onmouseover=alert(1))",
                "<form action=\"https://evil.example\"><input name=p></form>"
            })
    void nothingExecutableReachesThePage(String payload) {
        String html = SafeMarkdown.toHtml(payload);

        // What a browser would build from the output: only harmless elements, attributes and addresses.
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).as(html).isIn(ALLOWED_TAGS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as(html)
                        .isIn("href", "src", "alt", "title", "rel", "start", "align", "target");
                if (attribute.getKey().equals("target")) {
                    assertThat(attribute.getValue()).as(html).isEqualTo("_blank");
                }
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value.matches("^(https?:|mailto:|[^:]*$).*"))
                            .as(html)
                            .isTrue();
                }
            }
        }
    }

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "body",
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "strong",
            "em",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a",
            "img",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    @Test
    void ordinaryMarkdownBecomesOrdinaryHtml() {
        String html = SafeMarkdown.toHtml("""
                ## Key ideas

                - **Data** comes *first*.
                - See [resolution 78/265](https://docs.un.org/A/RES/78/265) and `code`.

                | Body | Year |
                |---|---|
                | UNESCO | 2021 |

                ![diagram](media/diagram.png)
                """);

        assertThat(html)
                .contains("<h2>Key ideas</h2>")
                .contains("<strong>Data</strong>")
                .contains("<em>first</em>")
                .contains("<a href=\"https://docs.un.org/A/RES/78/265\" rel=\"noopener noreferrer\" target=\"_blank\">"
                        + "resolution 78/265</a>")
                .contains("<code>code</code>")
                .contains("<td>UNESCO</td>")
                .contains("<img src=\"media/diagram.png\" alt=\"diagram\">");
    }

    @Test
    void onlyLinksToOtherSitesOpenInANewTabSoTheLessonStaysOpen() {
        String html = SafeMarkdown.toHtml(
                "[site](https://example.org) [plain](http://example.org) [file](media/a.pdf) [top](#top)"
                        + " [mail](mailto:a@example.org)",
                reference -> "/course-media/c/1/m/" + reference);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("a[target=_blank]").eachText()).containsExactly("site", "plain");
        assertThat(SafeMarkdown.render(TextFormat.HTML, "<a href=\"https://x.org\">x</a>"))
                .contains("target=\"_blank\"");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(SafeMarkdown.toHtml("Use <b>bold</b> here")).contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void relativeLinksAndImagesPointAtTheFilesOfTheCourseVersion() {
        String html = SafeMarkdown.toHtml(
                """
                ![diagram](media/diagram.png) [slides](media/my%20slides.pdf#page=2) [away](../../../etc/passwd)
                [site](https://example.org/x.png) [top](#top)
                """, reference -> MediaAddresses.url("ai-public-policy", 3, "01-what-is-ai", reference));

        assertThat(html)
                .contains("<img src=\"/course-media/ai-public-policy/3/01-what-is-ai/media/diagram.png\"")
                .contains("href=\"/course-media/ai-public-policy/3/01-what-is-ai/media/my%20slides.pdf#page=2\"")
                .contains("<a rel=\"noopener noreferrer\">away</a>")
                .contains("href=\"https://example.org/x.png\"")
                .contains("href=\"#top\"");
    }

    @Test
    void theLinesOfRelativeReferencesAreKnownForErrorMessages() {
        assertThat(SafeMarkdown.relativeReferences(
                        "Intro\n\n![a](media/a.png)\n\n[b](media/b%20c.pdf?x#y) [c](https://x.org)"))
                .containsExactly(
                        new SafeMarkdown.Reference("media/a.png", true, 2),
                        new SafeMarkdown.Reference("media/b c.pdf", false, 4));
    }
}
