package com.wildrydes.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.WildRydesApplication;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Graceful shutdown (issue 13): a site whose Cognito answers slowly (the local pool's latency setting) is closed
 * while sign-ins are in flight; they finish with their redirect, and the port takes no new connection meanwhile.
 */
class GracefulShutdownTests {

    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final int IN_FLIGHT = 3;
    /** Per Cognito call: a sign-in makes two, so it is still in flight well after the shutdown begins. */
    private static final Duration POOL_LATENCY = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    ConfigurableApplicationContext site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void shutdownWhileSignInsAreInFlightThenEachFinishesWithItsRedirectAndNewConnectionsAreRefused() throws Exception {
        site = new SpringApplicationBuilder(WildRydesApplication.class).run("--server.port=0",
                "--wildrydes.local-pool.enabled=true", "--wildrydes.local-pool.port=0",
                "--wildrydes.local-pool.data-dir=" + dir.resolve("pool"),
                "--wildrydes.local-pool.latency=" + POOL_LATENCY.toMillis() + "ms");
        int port = Integer.parseInt(site.getEnvironment().getProperty("local.server.port"));
        String url = "http://127.0.0.1:" + port;
        String email = registered(new SiteVisitor(url));

        List<CompletableFuture<Page>> signIns = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            SiteVisitor visitor = new SiteVisitor(url);
            String csrf = visitor.get("/signin").csrf();
            signIns.add(CompletableFuture.supplyAsync(() ->
                    visitor.post("/signin", Map.of("email", email, "password", PASSWORD, "_csrf", csrf))));
        }
        awaitActiveRequests(site.getBean(MeterRegistry.class), IN_FLIGHT);

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(site::close);
        awaitRefused(port);
        assertThat(signIns).as("sign-ins still in flight when the port closed").noneMatch(CompletableFuture::isDone);

        for (CompletableFuture<Page> signIn : signIns) {
            Page answer = signIn.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.path()).isEqualTo("/ride");
        }
        shutdown.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }

    private static String registered(SiteVisitor visitor) {
        String email = "shutdown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Page registered = visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.path()).isEqualTo("/verify");
        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride"); // signed in right after verifying; the sign-ins below are new visitors
        return email;
    }

    /** Boot's http.server.requests.active: the POSTs are inside the site (waiting on Cognito), not on the wire. */
    private static void awaitActiveRequests(MeterRegistry meters, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (meters.find("http.server.requests.active").longTaskTimers().stream()
                .mapToInt(LongTaskTimer::activeTasks).sum() < count) {
            assertThat(Instant.now()).as("%d requests in flight", count).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** Waits until the port refuses a connection: graceful shutdown closes the server socket first. */
    private static void awaitRefused(int port) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                connect(port);
            } catch (ConnectException refused) {
                return;
            }
            assertThat(Instant.now()).as("the port refuses new connections").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}
