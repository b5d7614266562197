package com.wildrydes.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with a cookie jar: reads pages over real HTTP, fills forms with the CSRF token the page
 * carries, and follows redirects one at a time so a test can see where each step leads. The journeys
 * give each visitor an HTTP client of its own; the benchmark runs many visitors over one shared client,
 * each still with its own cookies.
 */
public final class SiteVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MAIL = Pattern.compile("<li class=\"mail\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<output class=\"code\"[^>]*>(\\d{8}|\\d{6})</output>");
    private static final Pattern ID_TOKEN = Pattern.compile("id=\"id-token\"[^>]*>([^<]+)</pre>");

    private final HttpClient http;
    private final String baseUrl;
    private final CookieManager cookies;

    /** A visitor with an HTTP client of its own. */
    public SiteVisitor(String baseUrl) {
        this(HttpClient.newHttpClient(), URI.create(baseUrl));
    }

    /**
     * A visitor over a shared client, which must follow no redirects and keep no cookies of its own (the
     * defaults of {@link HttpClient#newBuilder()}): this visitor keeps its cookies itself.
     */
    public SiteVisitor(HttpClient http, URI site) {
        this(http, site, new CookieManager());
    }

    /** The same person at another address (another instance of the site): {@code cookies} is their cookie jar. */
    public SiteVisitor(String baseUrl, CookieManager cookies) {
        this(HttpClient.newHttpClient(), URI.create(baseUrl), cookies);
    }

    private SiteVisitor(HttpClient http, URI site, CookieManager cookies) {
        this.http = http;
        this.cookies = cookies;
        this.baseUrl = site.toString().replaceAll("/+$", "");
    }

    /** What one request answered. */
    public record Page(int status, String location, String body) {
        public String path() {
            return location == null ? null : URI.create(location).getPath();
        }

        /** The ID token the ride page shows. */
        public String idToken() {
            Matcher matcher = ID_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no ID token on the page");
            }
            return matcher.group(1).trim();
        }

        public String csrf() {
            return csrfToken().orElseThrow(() -> new AssertionError("no CSRF token on the page"));
        }

        public Optional<String> csrfToken() {
            Matcher matcher = CSRF.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    public Page get(String path) {
        return send(uri(path), HttpRequest.newBuilder().GET());
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
        return send(uri(path), HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * Starts afresh (cookies forgotten), signs in through the sign-in page and opens the ride page it
     * leads to; false at the first step that does not go as it should (no exception: the benchmark counts).
     */
    public boolean signsInToRide(String email, String password) {
        startAfresh();
        Page form = get("/signin");
        Optional<String> token = form.csrfToken();
        if (form.status() != 200 || token.isEmpty()) {
            return false;
        }
        Page posted = post("/signin", Map.of("email", email, "password", password, "_csrf", token.get()));
        if (posted.status() != 302 || posted.location() == null || !posted.location().endsWith("/ride")) {
            return false;
        }
        return get("/ride").status() == 200;
    }

    /** Forgets the cookies, as a new browser would: the site's session (signed in or not) is left behind. */
    public void startAfresh() {
        cookies.getCookieStore().removeAll();
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
        return send(URI.create(baseUrl).resolve(redirect.location()), HttpRequest.newBuilder().GET());
    }

    private Page send(URI uri, HttpRequest.Builder request) {
        try {
            request.uri(uri).header("Accept-Language", "en").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            cookies.get(uri, Map.of()).forEach((name, values) -> {
                if (!values.isEmpty()) {
                    request.header(name, String.join("; ", values)); // the jar's own Cookie header
                }
            });
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.put(uri, response.headers().map());
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
