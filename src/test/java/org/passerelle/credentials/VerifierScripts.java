package org.passerelle.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node verifiers of {@code docs/verify-credential}, run as a person would run them. Node 20 or later must be
 * on the PATH (a missing one fails the test, saying what to install); their npm packages are installed with
 * {@code npm ci} when missing or older than the lockfile.
 */
final class VerifierScripts {

    static final Path FOLDER = Path.of("docs", "verify-credential").toAbsolutePath();

    /** What a script printed and how it ended. */
    record Run(int exit, String output) {}

    private VerifierScripts() {}

    /** Checks that Node is there and the scripts' packages are installed. */
    static void ready() throws Exception {
        Run version;
        try {
            version = run(FOLDER, 60, "node", "--version");
        } catch (IOException notFound) {
            throw new AssertionError(
                    "The credential verifiers need Node.js 20 or later on the PATH, and it was not found ("
                            + notFound.getMessage() + "). Install Node.js 20 or later with npm (Debian's nodejs"
                            + " is too old; `.ci/node24.sh` installs Node 24 and prints the folder to put first on"
                            + " the PATH, as CI does), then run the tests again.",
                    notFound);
        }
        int major = Integer.parseInt(version.output().strip().replaceFirst("^v(\\d+).*", "$1"));
        assertThat(major)
                .as("Node.js on the PATH is %s; the credential verifiers need 20 or later", version.output())
                .isGreaterThanOrEqualTo(20);
        Path installed = FOLDER.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed)
                || Files.getLastModifiedTime(installed)
                                .compareTo(Files.getLastModifiedTime(FOLDER.resolve("package-lock.json")))
                        < 0) {
            Run install = run(FOLDER, 600, "npm", "ci", "--no-audit", "--no-fund");
            assertThat(install.exit())
                    .as("npm ci in %s:%n%s", FOLDER, install.output())
                    .isZero();
        }
    }

    /** Runs {@code node script args…} in the scripts' folder and prints what it said. */
    static Run node(String script, Object... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script));
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        Run run = run(FOLDER, 120, command.toArray(String[]::new));
        System.out.println("$ " + String.join(" ", command) + "   (exit " + run.exit() + ")\n" + run.output());
        return run;
    }

    private static Run run(Path folder, int seconds, String... command) throws Exception {
        Path output = Files.createTempFile("verifier", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not end within " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
