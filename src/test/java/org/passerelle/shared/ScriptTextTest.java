package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class ScriptTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aClosingScriptTagCannotEndTheScript() {
        String encoded = ScriptText.forScriptElement("{\"title\":\"X</script><script>alert(1)</script>\"}");

        assertThat(encoded.toLowerCase()).doesNotContain("</script");
        assertThat(encoded).isEqualTo("{\"title\":\"X<\\/script><script>alert(1)<\\/script>\"}");
    }

    @Test
    void noCaseOfTheTagGetsThrough() {
        assertThat(ScriptText.forScriptElement("</ScRiPt ></SCRIPT\t>").toLowerCase())
                .doesNotContain("</script");
    }

    @Test
    void aCommentOpenerCannotSwitchTheParserIntoEscapedScriptText() {
        assertThat(ScriptText.forScriptElement("\"<!--<script>\"")).isEqualTo("\"\\u003C!--<script>\"");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertThat(ScriptText.forScriptElement("\"a\u2028b\u2029c\"")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void jsonMeansTheSameAfterEncoding() throws Exception {
        String text = "Title </script><!--<script> \u2028\u2029 \u202E <img src=x onerror=alert(1)> </ end <";
        String original = json.writeValueAsString(Map.of("title", text, "list", List.of(text)));

        String encoded = ScriptText.forScriptElement(original);

        assertThat(json.readTree(encoded)).isEqualTo(json.readTree(original));
        assertThat(json.readTree(encoded).get("title").asString()).isEqualTo(text);
    }

    @Test
    void textWithNothingToEncodeIsTheSameText() {
        String plain = "window.Vaadin = window.Vaadin || {}; if (a < b) { x = '/'; }";
        assertThat(ScriptText.forScriptElement(plain)).isSameAs(plain);
    }
}
