package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.shared.ui.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;

/**
 * A course exported as a zip is the folder it was imported from: importing the zip (or placing it in
 * {@code courses/}) gives the same course; a changed zip gives a new version; unsafe zips are refused, with the
 * reason in the reader's language, and leave nothing in the temporary folder.
 */
@PasserelleTest
class CourseRoundTripIntegrationTest {

    /** The test application's temporary folder: what an import unpacks must be gone from it afterwards. */
    static final Path TMP = Path.of("target", "test-temporary");

    @Autowired
    CourseExport export;

    @Autowired
    CourseImport courseImport;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Translations translations;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theFlagshipCourseExportedAndImportedAgainIsTheSameCourse() throws IOException {
        signedIn.as("admin");
        byte[] zip = export.zip("ai-public-policy").orElseThrow();
        Path unpacked = CourseZip.unpack(new ByteArrayInputStream(zip), TMP);
        try {
            assertThat(ContentHash.of(unpacked.resolve("ai-public-policy")))
                    .as("the zip holds exactly the files of courses/ai-public-policy")
                    .isEqualTo(ContentHash.of(Path.of("courses/ai-public-policy")));
        } finally {
            FileSystemUtils.deleteRecursively(unpacked.toFile());
        }
        ImportReport.Outcome outcome = courseImport.importZip(zip).courses().getFirst();
        assertThat(outcome.status()).isEqualTo(ImportReport.Status.UNCHANGED);
        assertThat(leftIn(TMP)).as("what the import unpacked is gone").isEmpty();
        System.out.printf("Flagship course exported as a zip: %,d bytes%n", zip.length);
    }

    @Test
    void aChangedZipBecomesANewVersionAndIsExportedWithTheChange() throws IOException {
        signedIn.as("admin");
        byte[] zip = export.zip("roundtrip-01").orElseThrow();
        Path unpacked = CourseZip.unpack(new ByteArrayInputStream(zip), TMP);
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

        Path again = CourseZip.unpack(
                new ByteArrayInputStream(export.zip("roundtrip-01").orElseThrow()), TMP);
        try {
            assertThat(Files.readString(again.resolve("roundtrip-01/01-intro/01-one.en.md")))
                    .contains("title: One, revised");
        } finally {
            FileSystemUtils.deleteRecursively(again.toFile());
        }
    }

    @Test
    void zipsThatCouldEscapeTheirFolderAreRefusedAndLeaveNothingBehind() throws IOException {
        signedIn.as("admin");
        byte[] escaping =
                CourseZip.pack("roundtrip-01", Map.of("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(escaping).key()).isEqualTo("import.zip.unsafe-path");
        assertThat(leftIn(TMP)).isEmpty();

        ByteArrayOutputStream two = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(two)) {
            for (String name : new String[] {"first/course.yaml", "second/course.yaml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("id: x\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Refused notOne = refusal(two.toByteArray());
        assertThat(notOne.key()).isEqualTo("import.zip.not-one-folder");
        assertThat(leftIn(TMP)).as("the two folders it unpacked are gone").isEmpty();

        assertThat(refusal("not a zip".getBytes(StandardCharsets.UTF_8)).key()).isEqualTo("import.zip.not-a-zip");
        assertThat(leftIn(TMP)).isEmpty();

        // A zip bomb: 25 MB of zeros in a 25 KB zip, more than a course file may have.
        Refused bomb = refusal(CourseZipTest.zeros("roundtrip-01/media/bomb.bin", 25 * 1024 * 1024));
        assertThat(bomb.key()).isEqualTo("import.zip.file-too-large");
        assertThat(leftIn(TMP))
                .as("the 20 MB unpacked before the refusal are gone")
                .isEmpty();
        assertThat(courseImport
                        .importZip(export.zip("roundtrip-01").orElseThrow())
                        .courses()
                        .getFirst()
                        .status())
                .as("nothing changed")
                .isEqualTo(ImportReport.Status.UNCHANGED);

        // What the person who sent it reads, in each language.
        assertThat(said(notOne, "en"))
                .isEqualTo("This zip cannot be imported: it must hold exactly one course folder, and it holds 2.");
        assertThat(said(notOne, "fr"))
                .isEqualTo(
                        "Ce zip ne peut pas être importé\u202f: il doit contenir exactement un dossier de cours, et il en"
                                + " contient 2.");
        assertThat(said(bomb, "es")).contains("bomb.bin").contains("20 MB");
        for (String language : new String[] {"ar", "zh", "ru"}) {
            assertThat(said(bomb, language))
                    .contains("bomb.bin")
                    .doesNotContain("!import")
                    .isNotEqualTo(said(bomb, "en"));
        }
    }

    private Refused refusal(byte[] zip) {
        try {
            courseImport.importZip(zip);
        } catch (Refused refused) {
            return refused;
        }
        throw new AssertionError("the zip was not refused");
    }

    /** As the course import page writes it: the refusal's reason inside "This zip cannot be imported: …". */
    private String said(Refused refused, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return translations.getTranslation(
                "import.zip.refused", locale, translations.getTranslation(refused.key(), locale, refused.arguments()));
    }

    static List<Path> leftIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void onlyAdministratorsExportAndImport() {
        signedIn.as("learner");
        assertThatThrownBy(() -> export.zip("ai-public-policy")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courseImport.importZip(new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
