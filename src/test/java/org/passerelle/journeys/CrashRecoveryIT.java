package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.identity.ui.IdentityIds;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.shared.Language;
import org.passerelle.shell.ui.ShellIds;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar is killed without warning in the middle of a quiz — the application and its embedded
 * database, as in a power cut — and started again: every answer the page said was saved is still there.
 */
class CrashRecoveryIT {

    static final Path DATA = Path.of("target", "crash-test-data");
    static final String QUIZ = "/course/ai-public-policy/quiz/02-ai-for-development";

    /** What every question of the attempt shows: checked choices, typed text, chosen matches. */
    static final String ANSWERS_SHOWN = """
            return Array.from(document.querySelectorAll('#attempt fieldset.question')).map(f => f.id + ':'
              + Array.from(f.querySelectorAll('input:checked')).map(i => i.value).join(',') + '|'
              + Array.from(f.querySelectorAll('input[type=text]')).map(i => i.value).join(',') + '|'
              + Array.from(f.querySelectorAll('select')).map(s => s.value).join(',')).join('\\n');
            """;

    final ChromeDriver driver = Browser.get();
    final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
    Process server;
    int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Test
    void answersSavedBeforeACrashAreThereAfterTheRestart() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        port = freePort();
        start();
        // The page of the previous journey (another server on localhost) is left behind with its cookies.
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        signIn();
        driver.get(url("/course/ai-public-policy"));
        until("#" + LearningIds.COURSE);
        if (!driver.findElements(By.id(LearningIds.ENROL)).isEmpty()) {
            driver.findElement(By.id(LearningIds.ENROL)).click();
            until("#" + LearningIds.CONTINUE);
        }
        driver.get(url(QUIZ));
        until("#" + LearningIds.START_QUIZ);
        driver.findElement(By.id(LearningIds.START_QUIZ)).click();
        until("#" + LearningIds.ATTEMPT);
        String last = new QuizAnswers("02-ai-for-development", Language.EN).answerAll(driver);
        wait.until(d -> QuizAnswers.allSaved(d, last));
        String before = shown();
        assertThat(before).contains("|").isNotBlank();

        kill();
        start();
        driver.manage().deleteAllCookies();
        signIn();
        driver.get(url(QUIZ));
        until("#" + LearningIds.ATTEMPT);

        assertThat(shown()).as("the attempt after the crash").isEqualTo(before);
        driver.findElement(By.id(LearningIds.SUBMIT_QUIZ)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(LearningIds.CONFIRM_SUBMIT)))
                .click();
        until("#" + LearningIds.QUIZ_RESULT);
        assertThat(Browser.deepText(driver)).contains("Your score: 100 %");
    }

    private String shown() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(ANSWERS_SHOWN));
    }

    private void start() throws IOException, InterruptedException {
        Path jar = Path.of("target", "passerelle.jar");
        assertThat(jar).as("the production jar, built by the package phase").exists();
        String javaBinary =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(
                        javaBinary,
                        "--sun-misc-unsafe-memory-access=allow",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--passerelle.embedded-db.data-dir=" + DATA,
                        "--passerelle.demo=true"))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/crash-test-server.log"))
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive())
                    .as("the server keeps running; see target/crash-test-server.log")
                    .isTrue();
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            server.onExit().completeOnTimeout(null, 500, TimeUnit.MILLISECONDS).join();
        }
        throw new AssertionError("the server was not ready within 120 s; see target/crash-test-server.log");
    }

    /** Kills the application and its database at once, with no chance to shut down cleanly. */
    private void kill() {
        List<ProcessHandle> tree = server.descendants().toList();
        server.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        server.onExit().join();
        tree.forEach(process -> process.onExit().join());
    }

    private void signIn() {
        driver.get(url("/login"));
        String form = "#" + IdentityIds.SIGN_IN;
        until(form + " input[name=username]");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(Browser.VAADIN_IDLE)));
        driver.findElement(By.cssSelector(form + " input[name=username]")).sendKeys("learner");
        driver.findElement(By.cssSelector(form + " input[name=password]")).sendKeys("demo-passerelle", Keys.ENTER);
        until("#" + ShellIds.SIGNED_IN_AS);
    }

    private void until(String css) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            try {
                Files.write(
                        Path.of("target", "journey-screenshots", "CrashRecoveryIT-failure.png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException ignored) {
                // The failure matters more than its picture.
            }
            throw new AssertionError(
                    "No " + css + " on " + driver.getCurrentUrl() + "; the page shows: " + Browser.deepText(driver), e);
        }
    }

    /**
     * By its address, not {@code localhost}: browsers share a host's cookies among all its ports, so a session
     * cookie that the journeys' own server sets late (a request of a page being left) would replace this server's.
     */
    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
