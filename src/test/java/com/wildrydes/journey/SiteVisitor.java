package com.wildrydes.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with a cookie jar: reads pages over real HTTP, fills forms with the CSRF token the page
 * carries, and follows redirects one at a time so a test can see where each step leads.
 */
public final class SiteVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MAIL = Pattern.compile("<li class=\"mail\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<output class=\"code\"[^>]*>(\\d{6})</output>");
    private static final Pattern ID_TOKEN = Pattern.compile("id=\"id-token\"[^>]*>([^<]+)</pre>");

    private final HttpClient http;
    private final String baseUrl;

    public SiteVisitor(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    /** The same person at another address (another instance of the site): {@code cookies} is their cookie jar. */
    public SiteVisitor(String baseUrl, CookieHandler cookies) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one request answered. */
    public record Page(int status, String location, String body) {
        public String path() {
            return location == null ? null : URI.create(location).getPath();
        }

        /** The ID token the ride page shows. */
        String idToken() {
            Matcher matcher = ID_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no ID token on the page");
            }
            return matcher.group(1).trim();
        }

        public String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no CSRF token on the page");
            }
            return matcher.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GETs the form's page for its CSRF token, then posts the fields. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get(formPage).csrf());
        return post(action, withToken);
    }

    public Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The newest code the local outbox holds for {@code email} (the outbox lists newest first). */
    public String codeSentTo(String email) {
        Matcher mail = MAIL.matcher(get("/local/outbox").body());
        while (mail.find()) {
            Matcher code = CODE.matcher(mail.group(1));
            if (mail.group(1).contains(">" + email + "<") && code.find()) {
                return code.group(1);
            }
        }
        throw new AssertionError("no code in the outbox for " + email);
    }

    /** Follows a redirect answer to the page it names. */
    public Page follow(Page redirect) {
        if (redirect.location() == null) {
            throw new AssertionError("expected a redirect, got " + redirect.status());
        }
        URI target = URI.create(baseUrl).resolve(redirect.location());
        return send(HttpRequest.newBuilder(target).GET());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", "en")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
