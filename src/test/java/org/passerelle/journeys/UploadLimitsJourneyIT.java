package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.ui.CatalogIds;
import org.passerelle.catalog.ui.edit.EditorIds;
import org.passerelle.cohorts.ui.CohortIds;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;
import org.passerelle.shared.TemporaryFolder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads over their limit, as a client that ignores the browser's check would send them (a script posting to the
 * upload's address): the server stops them, keeps nothing, and the page says why in the administrator's language.
 * A refused course zip says why too and leaves nothing in the temporary folder.
 */
class UploadLimitsJourneyIT extends BrowserJourney {

    static final int MB = 1024 * 1024;

    @Autowired
    TemporaryFolder temporary;

    @Autowired
    ServletContext servlet;

    @Autowired
    CourseDrafts drafts;

    @Test
    void aSpreadsheetLargerThanTheLimitSentPastTheBrowsersCheckIsStoppedAndSaysWhyInFrench() throws IOException {
        long cohort = senegalCohort("Limites " + System.nanoTime());
        signInAndWaitForHome(newAccount(Role.ADMIN, null, Language.FR), DEMO_PASSWORD);
        BulkEnrolmentPage page = new BulkEnrolmentPage(this).open(cohort);

        assertThat(post(CohortIds.BULK_UPLOAD, 12 * MB, false))
                .as("the answer to 12 MB sent raw")
                .isEqualTo("413");
        poll();
        waitForText("Le fichier est trop volumineux (10 Mo au plus).");
        assertThat(page.hasSummary()).as("nothing was read as a file").isFalse();

        assertThat(post(CohortIds.BULK_UPLOAD, 12 * MB, true))
                .as("the answer to 12 MB sent as a multipart form, which nothing parses")
                .isEqualTo("415");
        assertThat(post(CohortIds.BULK_UPLOAD, 100_000, true))
                .as("even a small one: the upload fields send files raw")
                .isEqualTo("415");
        assertThat(leftIn(temporary.path())).isEmpty();
        assertThat(leftIn(((File) servlet.getAttribute(ServletContext.TEMPDIR)).toPath()))
                .as("the container's own multipart files")
                .noneMatch(file -> file.getFileName().toString().startsWith("upload"));
        saveScreenshot("upload-too-large-fr");
    }

    @Test
    void aCourseZipLargerThanTheLimitSentPastTheBrowsersCheckLeavesNothingBehind() throws IOException {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        new CourseImportPage(this).openToImport();

        assertThat(post(CatalogIds.IMPORT_ZIP, 101 * MB, false)).isEqualTo("413");
        poll();
        waitForText("The file is too big (100 MB at most).");
        assertThat(leftIn(temporary.path()))
                .as("the 100 MB received before the refusal")
                .isEmpty();
    }

    @Test
    void aCourseZipThatWouldWriteOutsideItsFolderIsRefusedInFrenchAndLeavesNothing() throws IOException {
        Path zip = Path.of("target", "escaping-" + System.nanoTime() + ".zip");
        Files.write(zip, zipOf(Map.of("ai-public-policy/course.yaml", "id: x\n", "../../evil.txt", "x")));
        signInAndWaitForHome(newAccount(Role.ADMIN, null, Language.FR), DEMO_PASSWORD);
        new CourseImportPage(this).openToImport().importZip(zip);

        waitForText("Ce zip ne peut pas être importé : le chemin « ../../evil.txt » qu’il contient sortirait du"
                + " dossier du cours.");
        assertThat(leftIn(temporary.path())).isEmpty();
        assertThat(Path.of("evil.txt")).doesNotExist();
    }

    @Test
    void lessonSlidesAreStillCheckedByTheirBytesAndAFileOverTwentyMegabytesIsStopped() throws IOException {
        signedIn.as("admin");
        drafts.outline("ai-public-policy");
        signedIn.out();
        try {
            signInAndWaitForHome("admin", DEMO_PASSWORD);
            // Not open(): its accessibility check fails on this page for a reason of its own (the preview of a
            // long lesson scrolls without being focusable), which is not what this journey is about.
            driver.get(url(LessonEditorPage.path("ai-public-policy", "01-what-is-ai", "01-defining-ai")));
            LessonEditorPage lesson = new LessonEditorPage(this).mediaUploadShown();

            Path notPdf = Files.writeString(Path.of("target", "slides-" + System.nanoTime() + ".pdf"), "not a PDF");
            lesson.uploadMedia(notPdf);
            until(d -> lesson.mediaProblemShown());
            assertThat(lesson.mediaProblem()).contains("PDF");

            Path pdf =
                    Files.writeString(Path.of("target", "slides-" + System.nanoTime() + ".pdf"), "%PDF-1.4\n%%EOF\n");
            lesson.uploadMedia(pdf);
            until(d -> lesson.hasFile("slides"));

            assertThat(post(EditorIds.MEDIA_UPLOAD, 21 * MB, false)).isEqualTo("413");
            poll();
            waitForText("The file is too big (20 MB at most).");
            assertThat(leftIn(temporary.path())).isEmpty();
        } finally {
            signedIn.as("admin");
            drafts.discard("ai-public-policy");
            signedIn.out();
        }
    }

    /**
     * Posts this many bytes to an upload's address from the page, as its own script would but without its size
     * check: raw as the component sends them, or as a multipart form. Returns the status, or why it failed.
     */
    private String post(String uploadId, int bytes, boolean multipart) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const target = document.getElementById(arguments[0]).getAttribute('target');
                const file = new Blob([new Uint8Array(arguments[1]).fill(65)], {type: 'text/csv'});
                let body = file;
                const headers = {};
                if (arguments[2]) {
                    body = new FormData();
                    body.append('file', file, 'big.csv');
                } else {
                    headers['Content-Type'] = 'text/csv';
                    headers['X-Filename'] = 'big.csv';
                }
                fetch(target, {method: 'POST', body, headers})
                    .then(r => done(String(r.status)), e => done('failed: ' + e));
                """, uploadId, bytes, multipart));
    }

    /** One round trip to the server, which brings what changed on the page meanwhile. */
    private void poll() {
        ((JavascriptExecutor) driver)
                .executeScript("Object.values(window.Vaadin.Flow.clients).forEach(c => c.poll && c.poll())");
    }

    private static List<Path> leftIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static byte[] zipOf(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
