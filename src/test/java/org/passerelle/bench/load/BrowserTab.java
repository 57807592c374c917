package org.passerelle.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser tab as the server sees it, speaking Vaadin Flow's client-server protocol over plain HTTP: the page
 * request, the {@code v-r=init} request that creates the UI, then UIDL posts carrying navigation and DOM events with
 * the UI id, the security key and the sync and client counters the browser would send. Request shapes were copied
 * from what Chromium sends (see docs/performance.md). Every request is timed into {@link StepTimes}.
 */
final class BrowserTab {

    private static final Pattern ELEMENT_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]*)\"\\}");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CLIENT_ID = Pattern.compile("^\\{\"clientId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":120,\"event.clientY\":700,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":850,\"event.screenX\":130}";
    private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=757&v-ww=1280&v-bh=757&v-bw=1280"
            + "&v-curdate=%d&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-%d&v-td=false&v-pr=1"
            + "&v-np=Linux%%20x86_64&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=aura"
            + "&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";

    private final HttpClient http;
    private final String base;
    private final StepTimes times;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> nodes = new HashMap<>();
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private String lastBody = "";
    private String pageHtml = "";

    BrowserTab(HttpClient http, String base, StepTimes times) {
        this.http = http;
        this.base = base;
        this.times = times;
    }

    /**
     * As a browser does: the sign-in page (a Vaadin view), the form post, then the home page it redirects to.
     *
     * @return true when the server signed the learner in and showed their home page
     */
    boolean signIn(String username, String password) {
        Reply page = open("login", "sign-in page", "sign-in");
        Matcher token = CSRF_META.matcher(pageHtml);
        if (!page.ok() || !token.find()) {
            return false;
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        Reply signedIn = send(
                "sign in",
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                answer -> answer.status == 302 && !answer.location.contains("/login")
                        ? null
                        : "sign-in refused (" + answer.status + " to " + answer.location + ")");
        leave();
        if (signedIn.status != 302 || signedIn.location.contains("/login")) {
            if (signedIn.status == 302) {
                // What the person reads: the sign-in page the refusal leads to.
                String query = signedIn.location.contains("?")
                        ? signedIn.location.substring(signedIn.location.indexOf('?') + 1)
                        : "";
                Reply shown = open("login", query, "sign-in page (refused)", null);
                times.failed("sign in", "sign-in page says: " + Messages.shown(shown.body));
            }
            return false;
        }
        return open("", "home page", "signed-in-as").ok();
    }

    /** Opens a route as typing its address does: the page, the UI's creation, then the first navigation. */
    Reply open(String route, String pageStep, String expectedId) {
        return open(route, "", pageStep, expectedId);
    }

    Reply open(String route, String query, String pageStep, String expectedId) {
        leave();
        Reply html = send("page (html)", get("/" + route + (query.isEmpty() ? "" : "?" + query)));
        pageHtml = html.body;
        if (!html.ok()) {
            times.failed("page (html)", "page " + html.status);
            return html;
        }
        if (carriesItsFirstView(html, pageStep, expectedId)) {
            return html;
        }
        long now = System.currentTimeMillis();
        Reply init = send(
                "page (v-r=init)",
                get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                        + BROWSER_DETAILS.formatted(now, Math.abs(now % 1_000_000))));
        Matcher ui = UI_ID.matcher(init.body);
        Matcher key = SECURITY_KEY.matcher(init.body);
        if (!init.ok() || !ui.find() || !key.find()) {
            times.failed("page (v-r=init)", "no UI created (" + init.status + ")");
            return init;
        }
        uiId = Integer.parseInt(ui.group(1));
        securityKey = key.group(1);
        syncId = 0;
        clientId = 0;
        nodes.clear();
        return navigate(route, query, "", pageStep, expectedId);
    }

    /**
     * The sign-in and lesson pages carry their UI and first view inside the page (eager server load): the browser
     * makes no {@code init} request and no first navigation for them, and neither does this tab.
     */
    private boolean carriesItsFirstView(Reply html, String pageStep, String expectedId) {
        Matcher ui = UI_ID.matcher(html.body);
        Matcher key = SECURITY_KEY.matcher(html.body);
        if (!ui.find() || !key.find()) {
            return false;
        }
        uiId = Integer.parseInt(ui.group(1));
        securityKey = key.group(1);
        clientId = 0;
        syncId = 0;
        Matcher sync = SYNC_ID.matcher(html.body);
        while (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        nodes.clear();
        Matcher ids = ELEMENT_ID.matcher(html.body);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
        if (expectedId != null && !nodes.containsKey(expectedId)) {
            times.failed(pageStep, "no #" + expectedId + " in the page");
        }
        return true;
    }

    /** A router link followed inside the page ({@code trigger} "link"), or the first navigation (""). */
    Reply navigate(String route, String trigger, String step, String expectedId) {
        return navigate(route, "", trigger, step, expectedId);
    }

    private Reply navigate(String route, String query, String trigger, String step, String expectedId) {
        String rpc = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":" + json(query)
                + ",\"appShellTitle\":\"Passerelle\",\"historyState\":null,\"trigger\":\""
                + trigger + "\"}}";
        return uidl(step, rpc, expectedId);
    }

    /** A click on the element with this id, as the browser reports it. */
    Reply click(String elementId, String step, String expectedId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            times.failed(step, "no #" + elementId + " on the page");
            return Reply.MISSING;
        }
        return uidl(
                step,
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}",
                expectedId);
    }

    /** A DOM event carrying one value computed by the browser from an expression the server registered. */
    Reply event(String elementId, String event, String expression, String value, String step, String expected) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            times.failed(step, "no #" + elementId + " on the page");
            return Reply.MISSING;
        }
        return uidl(
                step,
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":{" + json(expression)
                        + ":" + json(value) + "}}",
                expected);
    }

    /**
     * The beacon a browser sends when a page goes away (a full page load, a closed tab): Vaadin closes the UI at
     * once instead of keeping it until the session ends.
     */
    void leave() {
        if (uiId < 0) {
            return;
        }
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + ",\"UNLOAD\":true}";
        send(
                "leave page (beacon)",
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        uiId = -1;
    }

    /** The heartbeat an open tab sends every {@code vaadin.heartbeatInterval} seconds. */
    Reply heartbeat() {
        return send("heartbeat", request("/?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Ids of the elements the tab has seen, e.g. the quiz's questions. */
    List<String> elementIds(String prefix) {
        return nodes.keySet().stream()
                .filter(id -> id.startsWith(prefix))
                .sorted()
                .collect(Collectors.toList());
    }

    String lastBody() {
        return lastBody;
    }

    private Reply uidl(String step, String rpc, String expected) {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        Reply reply = send(
                step,
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                answer -> UidlProblems.of(answer, expected));
        lastBody = reply.body;
        Matcher client = CLIENT_ID.matcher(reply.body);
        if (client.find()) {
            clientId = Integer.parseInt(client.group(1));
        }
        Matcher sync = SYNC_ID.matcher(reply.body);
        while (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher ids = ELEMENT_ID.matcher(reply.body);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
        return reply;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private Reply send(String step, HttpRequest.Builder request) {
        return send(step, request, answer -> null);
    }

    /** Sends, times and records a request; {@code check} names what is wrong with a 200 answer, or null. */
    private Reply send(String step, HttpRequest.Builder request, Function<Reply, String> check) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - started;
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(
                        pair.substring(0, equals).strip(),
                        pair.substring(equals + 1).strip());
            }
            Reply reply = new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
            times.record(step, nanos, reply.status < 400 ? check.apply(reply) : "HTTP " + reply.status);
            return reply;
        } catch (HttpTimeoutException e) {
            times.record(step, System.nanoTime() - started, "no answer within 60 s");
            return Reply.MISSING;
        } catch (IOException e) {
            times.record(
                    step,
                    System.nanoTime() - started,
                    "connection: " + e.getClass().getSimpleName());
            return Reply.MISSING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.MISSING;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** What came back: the status, the body, and where a redirect points. */
    record Reply(int status, String body, String location) {
        static final Reply MISSING = new Reply(0, "", "");

        boolean ok() {
            return status == 200;
        }
    }
}
