package com.wildrydes.localpool.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.SignedCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What keeps web pages out: the pool answers only to its own loopback Host (no DNS rebinding), and browsers get
 * CORS only for allowed origins, never for the outbox.
 */
class PoolHostAndCorsTests {

    static final String OTHER_ORIGIN = "https://attacker.example";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example:%d", "attacker.example", "127.0.0.1.nip.io:%d", "127.0.0.1:1", "0.0.0.0:%d"})
    void foreignHostThenRefusedInCognitosShapeWithoutData(String host) throws IOException {
        signUpSomeone(); // an outbox with a code in it

        String response = rawGet("/_local/outbox", host.formatted(pool.port()));

        assertThat(statusLine(response)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(response).contains("\"__type\":\"ForbiddenException\"").doesNotContain("messages")
                .doesNotContain("Your verification code");
    }

    @Test
    void noHostThenRefused() throws IOException {
        String response = raw("GET /_local/outbox HTTP/1.0\r\n\r\n");

        assertThat(statusLine(response)).endsWith("403 Forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d", "[::1]:%d"})
    void loopbackHostWithThePortThenAnswered(String host) throws IOException {
        String response = rawGet("/_local/outbox", host.formatted(pool.port()));

        assertThat(statusLine(response)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(response).contains("\"messages\":[]");
    }

    @Test
    void allowedOriginThenCallAndPreflightCarryTheCorsHeader() throws Exception {
        HttpResponse<String> call = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("Origin", LocalPoolFixture.ALLOWED_ORIGIN)
                .header("X-Amz-Target", SignedCalls.TARGET_PREFIX + "SignUp").header("Content-Type", SignedCalls.JSON_1_1)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).contains(LocalPoolFixture.ALLOWED_ORIGIN);
        assertThat(preflight(LocalPoolFixture.ALLOWED_ORIGIN).headers().firstValue("Access-Control-Allow-Origin"))
                .contains(LocalPoolFixture.ALLOWED_ORIGIN);
    }

    @Test
    void otherOriginThenNeitherCallNorPreflightCarryCorsHeaders() throws Exception {
        HttpResponse<String> call = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("Origin", OTHER_ORIGIN)
                .header("X-Amz-Target", SignedCalls.TARGET_PREFIX + "SignUp").header("Content-Type", SignedCalls.JSON_1_1)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = preflight(OTHER_ORIGIN);

        assertThat(call.headers().map()).doesNotContainKey("access-control-allow-origin");
        assertThat(preflight.headers().map()).doesNotContainKeys("access-control-allow-origin",
                "access-control-allow-headers", "access-control-allow-methods");
    }

    @Test
    void outboxNeverCarriesCorsHeadersNotEvenForAnAllowedOrigin() throws Exception {
        HttpResponse<String> outbox = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/_local/outbox"))
                .header("Origin", LocalPoolFixture.ALLOWED_ORIGIN).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
    }

    @Test
    void allowedLaterThenTheSitesOriginGetsCors() throws Exception {
        String site = "http://127.0.0.1:8080";
        assertThat(preflight(site).headers().map()).doesNotContainKey("access-control-allow-origin");

        pool.server().allowCorsOrigins(java.util.List.of(site));

        assertThat(preflight(site).headers().firstValue("Access-Control-Allow-Origin")).contains(site);
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signUpSomeone() {
        PoolExamples.PoolAndClient seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("ann@example.com").password(PoolExamples.PASSWORD));
    }

    /** java.net.http will not send a Host of our choosing, so these requests are written by hand. */
    private String rawGet(String path, String host) throws IOException {
        return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), pool.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.lines().findFirst().orElse("");
    }
}
