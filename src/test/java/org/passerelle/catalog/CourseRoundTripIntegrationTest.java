package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.SignedIn;
import org.passerelle.learning.LearningCourses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;

/**
 * A course exported as a zip is the folder it was imported from: importing the zip (or placing it in
 * {@code courses/}) gives the same course; a changed zip gives a new version; unsafe zips are refused.
 */
@SpringBootTest(properties = "passerelle.courses.folder=" + CourseRoundTripIntegrationTest.FOLDER)
class CourseRoundTripIntegrationTest {

    static final String FOLDER = "target/roundtrip-courses";

    static {
        FileSystemUtils.deleteRecursively(Path.of(FOLDER).toFile());
        LearningCourses.write(Path.of(FOLDER), "roundtrip-", 1, 3, 0);
        try {
            FileSystemUtils.copyRecursively(Path.of("courses/ai-public-policy"), Path.of(FOLDER, "ai-public-policy"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    CourseExport export;

    @Autowired
    CourseImport courseImport;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theFlagshipCourseExportedAndImportedAgainIsTheSameCourse() throws IOException {
        signedIn.as("admin");
        byte[] zip = export.zip("ai-public-policy").orElseThrow();
        Path unpacked = CourseZip.unpack(zip);
        try {
            assertThat(ContentHash.of(unpacked.resolve("ai-public-policy")))
                    .as("the zip holds exactly the files of courses/ai-public-policy")
                    .isEqualTo(ContentHash.of(Path.of("courses/ai-public-policy")));
        } finally {
            FileSystemUtils.deleteRecursively(unpacked.toFile());
        }
        ImportReport.Outcome outcome = courseImport.importZip(zip).courses().getFirst();
        assertThat(outcome.status()).isEqualTo(ImportReport.Status.UNCHANGED);
        System.out.printf("Flagship course exported as a zip: %,d bytes%n", zip.length);
    }

    @Test
    void aChangedZipBecomesANewVersionAndIsExportedWithTheChange() throws IOException {
        signedIn.as("admin");
        byte[] zip = export.zip("roundtrip-01").orElseThrow();
        Path unpacked = CourseZip.unpack(zip);
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Path course = unpacked.resolve("roundtrip-01");
            Files.writeString(
                    course.resolve("01-intro/01-one.en.md"), "---\ntitle: One, revised\nminutes: 6\n---\nRevised.\n");
            for (Path file : ContentHash.files(course)) {
                files.put(course.relativize(file).toString(), Files.readAllBytes(file));
            }
        } finally {
            FileSystemUtils.deleteRecursively(unpacked.toFile());
        }
        ImportReport.Outcome outcome = courseImport
                .importZip(CourseZip.pack("roundtrip-01", files))
                .courses()
                .getFirst();
        assertThat(outcome.status()).isEqualTo(ImportReport.Status.NEW_VERSION);

        Path again = CourseZip.unpack(export.zip("roundtrip-01").orElseThrow());
        try {
            assertThat(Files.readString(again.resolve("roundtrip-01/01-intro/01-one.en.md")))
                    .contains("title: One, revised");
        } finally {
            FileSystemUtils.deleteRecursively(again.toFile());
        }
    }

    @Test
    void zipsThatCouldEscapeTheirFolderAreRefused() {
        signedIn.as("admin");
        byte[] escaping =
                CourseZip.pack("roundtrip-01", Map.of("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> courseImport.importZip(escaping)).isInstanceOf(IllegalArgumentException.class);
        java.io.ByteArrayOutputStream two = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(two)) {
            for (String name : new String[] {"first/course.yaml", "second/course.yaml"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("id: x\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> courseImport.importZip(two.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one course folder");
        byte[] notZip = "not a zip".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> courseImport.importZip(notZip)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAdministratorsExportAndImport() {
        signedIn.as("learner");
        assertThatThrownBy(() -> export.zip("ai-public-policy")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courseImport.importZip(new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
