package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.PasserelleTest;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A journey through the real app in a real browser. Every page a journey shows is checked with axe-core.
 * One Spring context ({@link PasserelleTest}) and one browser serve all journeys; each starts signed out.
 */
@PasserelleTest
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "demo-passerelle";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    final ChromeDriver driver = Browser.get();
    // Polled every 50 ms, not Selenium's default 500: each wait then ends about when its condition holds.
    final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    final Shell shell = new Shell(this);

    @BeforeEach
    void signedOut() {
        driver.get(url(SignInPage.PATH));
        driver.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page, waits for Vaadin to render it, and checks its accessibility. */
    void open(String path, String readyCss) {
        driver.get(url(path));
        ready(readyCss);
    }

    void ready(String css) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No " + css + " on " + driver.getCurrentUrl() + "; the page shows: " + pageText(), e);
        }
        waitForVaadin();
        Accessibility.check(driver, driver.getCurrentUrl());
    }

    /** Waits until Vaadin's client has no request under way: whatever the server answers has been applied. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.VAADIN_IDLE)));
    }

    /** Opens the sign-in page and signs in; returns the page, which shows again when the sign-in is refused. */
    SignInPage signIn(String username, String password) {
        SignInPage page = new SignInPage(this).open();
        page.signIn(username, password);
        return page;
    }

    void signInAndWaitForHome(String username, String password) {
        signIn(username, password);
        shell.signedIn();
    }

    /** Waits for a condition; on time-out, says what the page showed instead. */
    <T> T until(Function<? super WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            saveScreenshot();
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + "; the page shows: " + pageText(), e);
        }
    }

    /** Keeps what the browser showed when a journey failed, in target/journey-screenshots. */
    void saveScreenshot() {
        saveScreenshot(getClass().getSimpleName() + "-" + System.nanoTime());
    }

    /** Keeps what the browser shows, as target/journey-screenshots/NAME.png, for people to look at. */
    void saveScreenshot(String name) {
        try {
            Path folder = Path.of("target", "journey-screenshots");
            Files.createDirectories(folder);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (Exception e) {
            // The journey matters more than its picture.
        }
    }

    String pageText() {
        return Browser.deepText(driver);
    }

    /** Gives a file to a Vaadin upload as a person choosing it would; the input is hidden again afterwards. */
    void upload(String uploadId, Path file) {
        WebElement upload = driver.findElement(By.id(uploadId));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "const u = arguments[0];"
                                + "const i = u.querySelector('input[type=file]')"
                                + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"
                                + "i.removeAttribute('hidden'); i.style.display = 'block'; return i;",
                        upload);
        input.sendKeys(file.toAbsolutePath().toString());
        // Hidden again, as the component has it (the visible part is the labelled button).
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].style.display = ''; arguments[0].setAttribute('hidden', '');", input);
    }

    /** Fetches a download link with the browser's session, as clicking it would; it must answer 200. */
    byte[] downloadWithSession(String href) throws Exception {
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("download of " + href).isEqualTo(200);
        return response.body();
    }

    void waitForText(String text) {
        until(d -> pageText().contains(text));
    }

    String documentAttribute(String name) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.getAttribute(arguments[0])", name);
    }

    void chooseLanguage(String nativeName) {
        shell.chooseLanguage(nativeName);
    }

    /** A fresh account made through the administration service, as an administrator would. */
    String newAccount(Role role, String country, Language language) {
        String username =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            administration.create(new AccountDetails(
                    username,
                    "Journey " + username,
                    username + "@example.org",
                    country,
                    language,
                    Set.of(role),
                    DEMO_PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(username).isNotBlank();
        return username;
    }
}
