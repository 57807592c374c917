package org.passerelle.journeys;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** One headless Debian Chromium for the whole test run: starting one per test would double the suite. */
public final class Browser {

    private static ChromeDriver driver;

    /**
     * True once Vaadin's client runs, has drawn the page's view in place of the copy written into the HTML
     * ({@code FirstViewInThePage}) and has no request under way: whatever the server answered has been applied.
     */
    static final String VAADIN_IDLE = "return !!window.Vaadin && !!window.Vaadin.Flow"
            + " && !document.querySelector('[data-first-paint]')"
            + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())";

    private Browser() {}

    /**
     * A new headless Debian Chromium through Debian's chromedriver (nothing downloaded), that calls no outside
     * host, with some arguments of the caller's.
     */
    public static ChromeDriver start(String... more) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // Without this Chromium keeps calling Google's hosts, which this network refuses.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        options.addArguments(more);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        return new ChromeDriver(service, options);
    }

    static synchronized ChromeDriver get() {
        if (driver == null) {
            driver = start("--disable-quic", "--lang=en-US", "--window-size=1280,900");
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    /** The visible text of the page, including what Vaadin components keep in their shadow roots. */
    @SuppressWarnings("unchecked")
    static String deepText(ChromeDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                        const parts = [];
                        const walk = (node) => {
                          if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                          if (node.shadowRoot) { walk(node.shadowRoot); }
                          for (const child of node.childNodes) { walk(child); }
                        };
                        walk(document.body);
                        return parts.join(' ').replace(/\\s+/g, ' ');
                        """);
        return text instanceof List<?> list ? String.join(" ", (List<String>) list) : String.valueOf(text);
    }
}
