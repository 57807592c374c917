package org.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The courses folder of the scale data, written before the application starts so that it imports it: the
 * flagship course as it is (same files, so the same version as an import of {@code courses/}), and a second
 * course made from it, {@code ai-public-policy-advanced}: its six modules, then each again as casework
 * (without a quiz): 36 lessons and 6 quizzes.
 */
final class ScaleCourseFolder {

    static final String FLAGSHIP = "ai-public-policy";
    static final String ADVANCED = "ai-public-policy-advanced";

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\n  en: \"(.*)\"\\n  fr: \"(.*)\"$");
    private static final Pattern QUIZ = Pattern.compile("(?m)^quiz: .*\\n");
    private static final Pattern MODULE = Pattern.compile("(?m)^  - (\\d\\d)-(\\S+)$");

    private ScaleCourseFolder() {}

    static Path prepare(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
            Files.createDirectories(folder);
            Path flagship = Path.of("courses", FLAGSHIP);
            FileSystemUtils.copyRecursively(flagship, folder.resolve(FLAGSHIP));
            Path advanced = folder.resolve(ADVANCED);
            FileSystemUtils.copyRecursively(flagship, advanced);
            Path manifest = advanced.resolve("course.yaml");
            String course = Files.readString(manifest).replace("id: " + FLAGSHIP, "id: " + ADVANCED);
            course = retitle(
                    course,
                    "AI for Public Policy: Advanced Practice",
                    "L’IA au service des politiques publiques : pratique avancée");
            List<String> modules = MODULE.matcher(course)
                    .results()
                    .map(m -> m.group(1) + "-" + m.group(2))
                    .toList();
            if (modules.isEmpty() || !course.strip().endsWith(modules.getLast())) {
                throw new IllegalStateException("the flagship's course.yaml no longer ends with its modules list");
            }
            StringBuilder extended = new StringBuilder(course.strip()).append('\n');
            for (int i = 0; i < modules.size(); i++) {
                String copy = "%02d-%s-casework"
                        .formatted(modules.size() + i + 1, modules.get(i).substring(3));
                FileSystemUtils.copyRecursively(advanced.resolve(modules.get(i)), advanced.resolve(copy));
                Path module = advanced.resolve(copy).resolve("module.yaml");
                // Casework is read and discussed, not quizzed.
                String yaml = QUIZ.matcher(Files.readString(module)).replaceAll("");
                Matcher title = TITLE.matcher(yaml);
                if (title.find()) {
                    yaml = retitle(yaml, title.group(1) + ": casework", title.group(2) + " : études de cas");
                }
                Files.writeString(module, yaml);
                try (Stream<Path> files = Files.list(advanced.resolve(copy))) {
                    for (Path file : files.filter(
                                    f -> f.getFileName().toString().startsWith("quiz."))
                            .toList()) {
                        Files.delete(file);
                    }
                }
                extended.append("  - ").append(copy).append('\n');
            }
            Files.writeString(manifest, extended.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String retitle(String yaml, String english, String french) {
        Matcher title = TITLE.matcher(yaml);
        if (!title.find()) {
            throw new IllegalStateException("no English and French title found to change");
        }
        return title.replaceFirst(
                Matcher.quoteReplacement("title:\n  en: \"" + english + "\"\n  fr: \"" + french + "\""));
    }
}
