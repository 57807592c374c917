package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.SignedInClient;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The files of a draft as an editor's browser gets them for previews: from the draft (not the published
 * version), with the type of their bytes, never cached; everyone else gets a plain 404 or the sign-in page.
 */
@PasserelleTest
class DraftMediaIntegrationTest {

    static final String FLAGSHIP = "ai-public-policy";
    static final String PASSWORD = "a long enough password";
    static final Path IMAGE = Path.of("courses/ai-public-policy/01-what-is-ai/media/training-and-inference.en.png");

    @LocalServerPort
    int port;

    @Autowired
    CourseDrafts drafts;

    @Autowired
    LessonFiles lessonFiles;

    @Autowired
    UserAdministration administration;

    @Autowired
    SignedIn signedIn;

    String added;

    @BeforeEach
    void flagshipDraftWithANewImage() throws Exception {
        signedIn.as("admin");
        drafts.outline(FLAGSHIP);
        added = "01-what-is-ai/"
                + lessonFiles.addMedia(
                        FLAGSHIP, "01-what-is-ai", "image", "draft-only-figure.png", Files.readAllBytes(IMAGE));
        signedIn.out();
    }

    @AfterEach
    void discardTheDraft() {
        signedIn.as("admin");
        drafts.discard(FLAGSHIP);
        signedIn.out();
    }

    @Test
    void anEditorGetsAFileOnlyTheDraftHasWithItsTypeAndNeverFromACache() throws Exception {
        SignedInClient admin = SignedInClient.signIn(port, "admin", "demo-passerelle");
        String url = DraftAddresses.url(FLAGSHIP, "01-what-is-ai", added.substring("01-what-is-ai/".length()));
        assertThat(url).isEqualTo("/author-media/" + FLAGSHIP + "/" + added);

        HttpResponse<byte[]> image = admin.get(url);

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isEqualTo(Files.readAllBytes(IMAGE));
        assertThat(image.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(image.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

        HttpResponse<byte[]> slides =
                admin.get("/author-media/" + FLAGSHIP + "/01-what-is-ai/media/how-machines-learn.fr.pdf");
        assertThat(slides.statusCode()).isEqualTo(200);
        assertThat(slides.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(slides.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
    }

    @Test
    void anInstructorWhoDoesNotAuthorTheCourseGetsNotFoundAndSoDoesALearner() throws Exception {
        String outsider = account("media-outsider", Role.INSTRUCTOR);
        String learner = account("media-learner", Role.LEARNER);

        for (String username : new String[] {outsider, learner}) {
            HttpResponse<byte[]> response =
                    SignedInClient.signIn(port, username, PASSWORD).get("/author-media/" + FLAGSHIP + "/" + added);
            assertThat(response.statusCode()).as(username).isEqualTo(404);
            assertThat(isPng(response.body())).as(username).isFalse();
        }
    }

    @Test
    void theTextsOfTheDraftAndFilesItDoesNotHaveAreNotFound() throws Exception {
        SignedInClient admin = SignedInClient.signIn(port, "admin", "demo-passerelle");

        for (String path : new String[] {
            "course.yaml",
            "01-what-is-ai/module.yaml",
            "01-what-is-ai/02-how-machines-learn.en.md",
            "01-what-is-ai/media/no-such-figure.png",
            "01-what-is-ai/../01-what-is-ai/media/training-and-inference.en.png"
        }) {
            assertThat(admin.get("/author-media/" + FLAGSHIP + "/" + path).statusCode())
                    .as(path)
                    .isIn(400, 404);
        }
        assertThat(admin.get("/author-media/no-such-course/01-what-is-ai/media/training-and-inference.en.png")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void someoneSignedOutIsSentToSignIn() throws Exception {
        HttpResponse<byte[]> response = SignedInClient.anonymous(port).get("/author-media/" + FLAGSHIP + "/" + added);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login"));
        assertThat(isPng(response.body())).isFalse();
    }

    private String account(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as("admin");
        administration.create(new AccountDetails(
                username, "Media Tester", username + "@example.org", "", Language.EN, Set.of(role), PASSWORD));
        signedIn.out();
        return username;
    }

    private static boolean isPng(byte[] body) {
        return body.length >= 4 && body[0] == (byte) 0x89 && body[1] == 'P' && body[2] == 'N' && body[3] == 'G';
    }
}
