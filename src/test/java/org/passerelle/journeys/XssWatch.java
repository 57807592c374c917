package org.passerelle.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Watches the browser for what an injected text could do: a dialog opened ({@code alert}, {@code confirm},
 * {@code prompt}, {@code print}, in the page or any frame), a script, handler or address the page's
 * Content-Security-Policy refused, and markup that should never be in a Passerelle page (an element with an
 * {@code on…} handler, a {@code javascript:}/{@code vbscript:}/{@code data:} address, a frame, an object, a
 * {@code <base>} of someone else's, an inline script without the page's nonce), looking into Vaadin components'
 * shadow roots too.
 */
final class XssWatch implements AutoCloseable {

    /** Runs in every new document before its own scripts; what it notes survives navigation (localStorage). */
    private static final String HOOK = """
            (() => {
              const note = (what) => {
                try {
                  const all = JSON.parse(localStorage.getItem('xss-findings') || '[]');
                  all.push(String(what).slice(0, 300) + ' @ ' + location.pathname);
                  localStorage.setItem('xss-findings', JSON.stringify(all));
                } catch (e) {
                  (window.top.__xssFallback = window.top.__xssFallback || []).push(String(what));
                }
              };
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = (message) => note('executed ' + name + '(' + message + ')');
              }
              document.addEventListener('securitypolicyviolation', (e) => note('CSP refused '
                  + e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')), true);
            })();
            """;

    private static final String SCAN = """
            const findings = [];
            const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'];
            const forbidden = ['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'APPLET', 'PORTAL'];
            const describe = (el) => '<' + el.tagName.toLowerCase() + ' '
                + Array.from(el.attributes).map(a => a.name + '="' + a.value + '"').join(' ').slice(0, 160) + '>';
            // A frame that may run no script and has an origin of its own (the Outbox shows a mail's HTML so): its
            // document is looked at as the page's own is, instead of the frame being a finding.
            const sealed = (el) => el.tagName === 'IFRAME' && el.hasAttribute('sandbox')
                && !/allow-scripts|allow-same-origin/i.test(el.getAttribute('sandbox'));
            const visit = (root, framed) => {
              for (const el of root.querySelectorAll('*')) {
                if (sealed(el)) {
                  visit(new DOMParser().parseFromString(el.getAttribute('srcdoc') || '', 'text/html'), true);
                  continue;
                }
                if (framed && el.tagName === 'SCRIPT') findings.push('script in a framed document ' + describe(el));
                if (framed && el.tagName === 'BASE' && !el.hasAttribute('href')) continue;
                if (forbidden.includes(el.tagName)) findings.push('element ' + describe(el));
                if (el.tagName === 'META' && el.getAttribute('http-equiv')) findings.push('element ' + describe(el));
                // Vaadin's own <base> points at the application's root with dots.
                if (el.tagName === 'BASE' && !/^\\.(\\/\\.\\.)*$/.test(el.getAttribute('href') || '')) {
                  findings.push('element ' + describe(el));
                }
                // Passerelle's own scripts carry the nonce its Content-Security-Policy names.
                if (el.tagName === 'SCRIPT' && !el.src && !el.nonce) {
                  findings.push("script without the page nonce: " + el.textContent.slice(0, 120));
                }
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  if (name.startsWith('on')) findings.push('handler ' + describe(el));
                  if (name === 'srcdoc') findings.push('srcdoc ' + describe(el));
                  if (urlAttributes.includes(name)
                      && /^\\s*(javascript|vbscript|data\\s*:\\s*text)/i.test(a.value.replace(/[\\u0000-\\u0020]/g, ''))) {
                    findings.push('address ' + describe(el));
                  }
                }
                if (el.shadowRoot) visit(el.shadowRoot, framed);
              }
            };
            visit(document, false);
            let noted = [];
            try { noted = JSON.parse(localStorage.getItem('xss-findings') || '[]'); } catch (e) {}
            localStorage.removeItem('xss-findings');
            return findings.concat(noted, window.__xssFallback || []);
            """;

    private final ChromeDriver driver;
    private final String hook;

    XssWatch(ChromeDriver driver) {
        this.driver = driver;
        this.hook = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK))
                .get("identifier");
    }

    /** What the page now shown (and any page before it since the last call) did or holds that it should not. */
    @SuppressWarnings("unchecked")
    List<String> findings() {
        Object found = ((JavascriptExecutor) driver).executeScript(SCAN);
        return found instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of();
    }

    @Override
    public void close() {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook));
    }
}
