package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.PasserelleTest;
import org.passerelle.SignedIn;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
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

    /** An address of the app's own that shows no view: a place to stand on its host. */
    private static final String ON_THE_HOST = "/styles/passerelle.css";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    CohortAdministration cohortAdministration;

    @Autowired
    SignedIn signedIn;

    final ChromeDriver driver = Browser.get();
    // Polled every 50 ms, not Selenium's default 500: each wait then ends about when its condition holds.
    final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    final Shell shell = new Shell(this);

    @AfterAll
    static void timesSoFar() {
        JourneyTimes.print();
    }

    @BeforeEach
    void signedOut() {
        long started = System.nanoTime();
        // Cookies are deleted for the page's host: any page of the app's will do, and a stylesheet draws no view.
        driver.get(url(ON_THE_HOST));
        driver.manage().deleteAllCookies();
        JourneyTimes.add("signed out", started);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page, waits for Vaadin to render it, and checks its accessibility. */
    void open(String path, String readyCss) {
        long started = System.nanoTime();
        driver.get(url(path));
        ready(readyCss);
        JourneyTimes.add("open+axe", started);
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
        long started = System.nanoTime();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.VAADIN_IDLE)));
        JourneyTimes.add("vaadin idle", started);
    }

    /** Opens the sign-in page and signs in; returns the page, which shows again when the sign-in is refused. */
    SignInPage signIn(String username, String password) {
        SignInPage page = new SignInPage(this).open();
        page.signIn(username, password);
        return page;
    }

    /** Signs in by typing into the sign-in form, then waits for the home page: for journeys about signing in. */
    void signInThroughTheFormAndWaitForHome(String username, String password) {
        long started = System.nanoTime();
        signIn(username, password);
        shell.signedIn();
        JourneyTimes.add("sign in (form)", started);
    }

    /**
     * Signs in as the sign-in form does — the browser's cookies, the form's token, a POST to /login — without
     * drawing the form, then opens the home page. The form itself is the sign-in journeys' subject (
     * {@link #signInThroughTheFormAndWaitForHome}); the other journeys start where it leads.
     */
    void signInAndWaitForHome(String username, String password) {
        long started = System.nanoTime();
        if (!driver.getCurrentUrl().startsWith(url("/"))) {
            driver.get(url(ON_THE_HOST));
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        driver.manage().getCookies().forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<String> form = http.send(
                    withCookies(HttpRequest.newBuilder(URI.create(url(SignInPage.PATH))), cookies)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(form, cookies);
            Element token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]");
            assertThat(token).as("the sign-in form's token").isNotNull();
            String fields =
                    Map.of("username", username, "password", password, "_csrf", token.attr("value")).entrySet().stream()
                            .map(field ->
                                    field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            HttpResponse<String> answer = http.send(
                    withCookies(HttpRequest.newBuilder(URI.create(url(SignInPage.PATH))), cookies)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(fields))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode())
                    .as("the answer to signing in as " + username)
                    .isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as("where signing in as " + username + " leads")
                    .doesNotContain("error");
            keepCookies(answer, cookies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        cookies.forEach((name, value) -> {
            driver.manage().deleteCookieNamed(name);
            driver.manage()
                    .addCookie(new Cookie.Builder(name, value)
                            .path("/")
                            .isHttpOnly(true)
                            .build());
        });
        driver.get(url("/"));
        shell.signedIn();
        JourneyTimes.add("sign in", started);
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        request.header("Accept-Language", "en-US,en");
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(
                    pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
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

    /** A new cohort in Senegal for the flagship course, made through the service as an administrator would. */
    long senegalCohort(String name) {
        signedIn.as("admin");
        try {
            return cohortAdministration
                    .save(new CohortForm(
                            null,
                            0,
                            name,
                            "SN",
                            LocalDate.of(2027, 1, 10),
                            LocalDate.of(2027, 3, 10),
                            Set.of("ai-public-policy"),
                            Set.of()))
                    .id();
        } finally {
            signedIn.out();
        }
    }
}
