package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A newcomer whose JDK is too old gets one sentence from {@code ./mvnw}, naming the JDK needed and how to point
 * {@code JAVA_HOME} at it, instead of the JVM refusing {@code .mvn/jvm.config}. Runs the wrapper under an older JDK
 * found on this machine (Debian's default Java 17 here).
 */
class WrongJdkTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int REQUIRED = requiredJdk();

    @Test
    void aJavaHomeOfAnOlderJdkGetsOneSentenceNamingTheJdkNeededAndHowToSetJavaHome() throws Exception {
        Path old = olderJdk();
        Run run = wrapper(Map.of("JAVA_HOME", old.toString(), "PATH", "/usr/bin:/bin"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("Passerelle needs JDK " + REQUIRED + " or later, but JAVA_HOME is Java "
                                + major(old).orElseThrow() + " (" + old + ")")
                        .contains("export JAVA_HOME="));
    }

    @Test
    void anOlderJavaFirstOnThePathWithoutJavaHomeGetsTheSameSentence() throws Exception {
        Path old = olderJdk();
        Run run = wrapper(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("Passerelle needs JDK " + REQUIRED + " or later, but the java on the PATH is Java "
                                + major(old).orElseThrow() + " (" + old.toRealPath() + ")")
                        .contains("export JAVA_HOME="));
    }

    @Test
    void theJdkOfThisBuildRunsMavenUnchanged() throws Exception {
        String javaHome = System.getProperty("java.home");
        Run run = wrapper(Map.of("JAVA_HOME", javaHome, "PATH", "/usr/bin:/bin"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Apache Maven", "Java version: " + Runtime.version().feature());
        assertThat(run.output()).doesNotContain("Passerelle needs");
    }

    private static Run wrapper(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("mvnw").toString(), "-v")
                .directory(PROJECT.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A JDK older than the one the build needs: in /usr/lib/jvm, or the java on the PATH. */
    private static Path olderJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        Stream<Path> installed = Files.isDirectory(jvms) ? Files.list(jvms).sorted() : Stream.empty();
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, "java"))
                .filter(Files::isExecutable)
                .map(java -> {
                    try {
                        return java.toRealPath().getParent().getParent();
                    } catch (IOException e) {
                        return java;
                    }
                });
        Optional<Path> older = Stream.concat(installed, onPath)
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> major(home).filter(major -> major < REQUIRED).isPresent())
                .findFirst();
        Assumptions.assumeTrue(
                older.isPresent(),
                "Skipped: no JDK older than " + REQUIRED
                        + " on this machine (looked in /usr/lib/jvm and on the PATH) to run the wrapper under");
        return older.orElseThrow();
    }

    private static Optional<Integer> major(Path home) {
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)")
                    .matcher(Files.readString(home.resolve("release")));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int requiredJdk() {
        try {
            Matcher version = Pattern.compile("<java.version>(\\d+)</java.version>")
                    .matcher(Files.readString(PROJECT.resolve("pom.xml")));
            assertThat(version.find()).as("pom.xml names the JDK").isTrue();
            return Integer.parseInt(version.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }
}
