package org.passerelle;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client that signs in through the login form, as a browser would, and keeps its session. */
public final class SignedInClient {

    private final HttpClient http;
    private final int port;

    private SignedInClient(HttpClient http, int port) {
        this.http = http;
        this.port = port;
    }

    public static SignedInClient anonymous(int port) {
        return new SignedInClient(
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .cookieHandler(new CookieManager())
                        .build(),
                port);
    }

    public static SignedInClient signIn(int port, String username, String password)
            throws IOException, InterruptedException {
        SignedInClient client = anonymous(port);
        String page = client.send(client.request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                client.request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + location);
        }
        return client;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request, body);
    }
}
