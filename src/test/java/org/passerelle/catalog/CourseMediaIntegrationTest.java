package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The files of a course, as a browser gets them: right type, cached, and nothing else of the folder. */
@PasserelleTest
class CourseMediaIntegrationTest {

    static final Path MODULE = Path.of("courses/ai-public-policy/01-what-is-ai");

    @LocalServerPort
    int port;

    @Autowired
    CourseVersions versions;

    String base;

    @BeforeEach
    void flagshipVersion() {
        int number = versions.currentVersionOf("ai-public-policy").orElseThrow().number();
        base = "/course-media/ai-public-policy/" + number + "/";
    }

    @Test
    void anImageOfALessonIsServedWithTheTypeOfItsBytesAndCachedForAYear() throws Exception {
        SignedInClient learner = SignedInClient.signIn(port, "learner", "demo-passerelle");

        HttpResponse<byte[]> image = learner.get(base + "01-what-is-ai/media/training-and-inference.en.png");

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(Files.readAllBytes(MODULE.resolve("media/training-and-inference.en.png")));
        assertThat(image.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache)
                        .contains("max-age=31536000")
                        .contains("private")
                        .contains("immutable"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = image.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again =
                learner.get(base + "01-what-is-ai/media/training-and-inference.en.png", "If-None-Match", etag);
        assertThat(again.statusCode()).as("a revisit costs no bytes").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void slidesAreADownloadAndAudioPlayersMayAskForARange() throws Exception {
        SignedInClient learner = SignedInClient.signIn(port, "learner", "demo-passerelle");
        String slides = base + "01-what-is-ai/media/how-machines-learn.fr.pdf";

        HttpResponse<byte[]> pdf = learner.get(slides);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));

        HttpResponse<byte[]> part = learner.get(slides, "Range", "bytes=0-4");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body())).isEqualTo("%PDF-");
    }

    @Test
    void nothingElseOfTheFolderAndNothingOutsideItIsServed() throws Exception {
        SignedInClient learner = SignedInClient.signIn(port, "learner", "demo-passerelle");

        assertThat(learner.get(base + "course.yaml").statusCode()).isEqualTo(404);
        assertThat(learner.get(base + "01-what-is-ai/quiz.yaml").statusCode()).isEqualTo(404);
        assertThat(learner.get(base + "01-what-is-ai/01-defining-ai.en.md").statusCode())
                .isEqualTo(404);
        assertThat(learner.get("/course-media/ai-public-policy/999/01-what-is-ai/media/training-and-inference.en.png")
                        .statusCode())
                .isEqualTo(404);
        for (String escape : new String[] {
            "01-what-is-ai/../../../pom.xml", "01-what-is-ai/%2e%2e/%2e%2e/%2e%2e/pom.xml", "..%2f..%2f..%2fpom.xml"
        }) {
            HttpResponse<byte[]> response = learner.get(base + escape);
            assertThat(response.statusCode()).as(escape).isIn(400, 404);
            assertThat(new String(response.body())).as(escape).doesNotContain("<project");
        }
    }

    @Test
    void anonymousVisitorsGetNoBytes() throws Exception {
        HttpResponse<byte[]> response =
                SignedInClient.anonymous(port).get(base + "01-what-is-ai/media/training-and-inference.en.png");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Arrays.equals(
                        Arrays.copyOf(response.body(), Math.min(4, response.body().length)),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isFalse();
    }
}
