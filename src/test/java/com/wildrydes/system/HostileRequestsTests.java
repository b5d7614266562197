package com.wildrydes.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an attacker can send to the real server (Tomcat, the filters, Spring MVC) and what comes back: a page in
 * the site's look with a 4xx, never a 5xx, and no stack trace in the log. Runs as it would behind a
 * TLS-terminating load balancer (forward headers on, Secure cookie), against a configured pool nobody calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz", "wildrydes.cognito.client-id=abcdefghijklmnopqrstuvwxyz",
    "server.forward-headers-strategy=native", "server.servlet.session.cookie.secure=true"})
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTests {

    private static final String SITE_LOOK = "class=\"site-header\"";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private int logFrom;

    /** The capture holds all of the class's output (the context's start included): each test reads its own. */
    @BeforeEach
    void markTheLog(CapturedOutput log) {
        logFrom = log.getAll().length();
    }

    @Test
    void formOverTheLimitThenTooLargePageInTheSiteLookAndNoStackTrace(CapturedOutput log) throws Exception {
        HttpResponse<String> page = post("/signin", "email=rider%40example.com&password=" + "x".repeat(100_000));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains(SITE_LOOK).contains("This form is too large");
        assertNoStackTraceOrWarning(log);
    }

    @Test
    void formOfSeveralMegabytesThenTooLargePageBeforeTheConnectionCloses(CapturedOutput log) throws Exception {
        HttpResponse<String> page = post("/register", "email=" + "x".repeat(3 * 1024 * 1024));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains(SITE_LOOK);
        assertNoStackTraceOrWarning(log);
    }

    @Test
    void formOfUsualSizeStillReachesThePage() throws Exception {
        HttpResponse<String> page = post("/signin", "email=rider%40example.com&password=" + "x".repeat(60_000));

        assertThat(page.statusCode()).as("no CSRF token: refused by the page's filters, not by size").isEqualTo(403);
    }

    @Test
    void wrongMethodThenMethodNotAllowedPageWithAllowHeader(CapturedOutput log) throws Exception {
        HttpResponse<String> page = http.send(request("/signout").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).hasValue("POST");
        assertThat(page.body()).contains(SITE_LOOK).contains("This page does not take that kind of request");
        assertNoStackTraceOrWarning(log);
    }

    @Test
    void pathTheFirewallRefusesThenBadRequestPageInTheSiteLook(CapturedOutput log) throws Exception {
        String answer = raw("GET //evil.example HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains(SITE_LOOK);
        assertNoStackTraceOrWarning(log);
    }

    @Test
    void queryTomcatCannotDecodeThenBadRequestPageInTheSiteLook(CapturedOutput log) throws Exception {
        String answer = raw("GET /signin?continue=%zz% HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains(SITE_LOOK).contains("We could not read that");
        assertNoStackTraceOrWarning(log);
    }

    @Test
    void redirectNeverNamesTheHostTheRequestClaimed() throws Exception {
        String answer = raw("GET /ride HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /signin\r\n")
                .doesNotContain("evil.example");
    }

    @Test
    void overHttpsAtTheLoadBalancerThenHstsAndSecureSessionCookie() throws Exception {
        HttpResponse<String> page = http.send(request("/signin").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
    }

    @Test
    void overPlainHttpThenNoHsts() throws Exception {
        HttpResponse<String> page = http.send(request("/signin").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html");
    }

    /** What HttpClient will not send: a Host of our choosing, a path with {@code //}. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertNoStackTraceOrWarning(CapturedOutput log) {
        assertThat(log.getAll().substring(logFrom))
                .doesNotContain("\tat ").doesNotContain(" ERROR ").doesNotContain(" WARN ");
    }
}
