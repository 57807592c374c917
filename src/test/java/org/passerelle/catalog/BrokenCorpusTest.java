package org.passerelle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.shared.FileProblem;

/**
 * The corpus of broken course folders in src/test/resources/broken-courses: each folder gives exactly the
 * problems in expected/NAME.txt (a trailing * matches the rest of a line), and nothing of it is kept.
 */
class BrokenCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/broken-courses");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS.resolve("courses"))) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenFolderGivesItsExactProblemsAndNothingIsKept(String name) throws IOException {
        List<String> expected =
                Files.readAllLines(CORPUS.resolve("expected/" + name + ".txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .toList();

        CourseReading reading = CourseFiles.read(CORPUS.resolve("courses"), name);

        assertThat(reading.course()).as("nothing of a broken course is kept").isNull();
        List<String> problems =
                reading.problems().stream().map(FileProblem::toString).toList();
        assertThat(problems).as("problems of %s", name).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            if (want.endsWith("*")) {
                assertThat(problems.get(i)).startsWith(want.substring(0, want.length() - 1));
            } else {
                assertThat(problems.get(i)).isEqualTo(want);
            }
        }
    }
}
