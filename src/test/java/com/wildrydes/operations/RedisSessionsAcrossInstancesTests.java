package com.wildrydes.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.WildRydesApplication;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.net.CookieManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the site (two Spring contexts) on one real redis-server with wildrydes.session.store=redis:
 * A runs the embedded local pool, B uses A's pool as it would a real one. One person, one cookie jar, both.
 */
class RedisSessionsAcrossInstancesTests {

    private static final String PASSWORD = "Unicorn-Rides-42";

    @TempDir
    static Path dirs;

    static LocalRedis redis;
    static final List<ConfigurableApplicationContext> sites = new ArrayList<>();
    static String siteA;
    static String siteB;

    @BeforeAll
    static void twoInstancesOnOneRedis() throws Exception {
        redis = LocalRedis.startIn(java.nio.file.Files.createDirectories(dirs.resolve("redis")));
        ConfigurableApplicationContext a = start("--wildrydes.local-pool.enabled=true", "--wildrydes.local-pool.port=0",
                "--wildrydes.local-pool.data-dir=" + dirs.resolve("pool"));
        CognitoPool pool = a.getBean(SiteUserPool.class).current();
        ConfigurableApplicationContext b = start("--wildrydes.local-pool.enabled=false",
                "--wildrydes.cognito.endpoint=" + a.getEnvironment().getProperty("wildrydes.cognito.endpoint"),
                "--wildrydes.cognito.user-pool-id=" + pool.userPoolId(), "--wildrydes.cognito.client-id=" + pool.clientId());
        siteA = urlOf(a);
        siteB = urlOf(b);
    }

    @AfterAll
    static void stopAll() {
        sites.forEach(ConfigurableApplicationContext::close);
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void signInOnOneInstanceThenTheOtherServesTheSessionSurvivesARedisRestartAndSignOutEndsItEverywhere() {
        CookieManager cookies = new CookieManager();
        SiteVisitor onA = new SiteVisitor(siteA, cookies);
        SiteVisitor onB = new SiteVisitor(siteB, cookies);
        String email = "shared-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        registerAndVerify(onA, email);

        Page signedIn = onA.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.path()).isEqualTo("/ride");
        Page rideOnB = onB.get("/ride");
        assertThat(rideOnB.status()).isEqualTo(200);
        assertThat(rideOnB.body()).contains(email);

        redis.stop();
        Page whileDown = onA.get("/ride");
        assertThat(whileDown.status()).isEqualTo(503);
        assertThat(whileDown.body()).contains("Our stable doors are stuck", "site-header").doesNotContain(email);
        assertThat(onB.get("/actuator/health").body()).contains("\"DOWN\"");
        assertThat(onB.get("/actuator/health/session-store").body()).contains("redis", "\"DOWN\"", "error");

        redis.start(); // the data were saved on shutdown: the session is still there once Lettuce reconnects
        Page afterRestart = awaitOk(onB, "/ride", Duration.ofSeconds(40));
        assertThat(afterRestart.body()).contains(email);
        assertThat(onA.get("/actuator/health").body()).contains("\"UP\"");

        Page signedOut = onB.post("/signout", Map.of("_csrf", afterRestart.csrf()));
        assertThat(signedOut.path()).isEqualTo("/");
        assertThat(onA.get("/ride").path()).isEqualTo("/signin");
    }

    /** On A, whose outbox holds the code: the flash notices between the pages go through Redis too. */
    private static void registerAndVerify(SiteVisitor visitor, String email) {
        Page registered = visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.path()).isEqualTo("/verify");
        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride"); // verifying signs the rider in (SignUp's Session)
        assertThat(visitor.follow(verified).body()).contains(email);
        visitor.startAfresh(); // the tests start signed out, in a new browser
    }

    private static Page awaitOk(SiteVisitor visitor, String path, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Page page = visitor.get(path);
        while (page.status() != 200 && Instant.now().isBefore(deadline)) {
            sleep(250);
            page = visitor.get(path);
        }
        assertThat(page.status()).as("%s after Redis came back", path).isEqualTo(200);
        return page;
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--server.port=0", "--wildrydes.session.store=redis", "--spring.data.redis.url=" + redis.url()));
        ConfigurableApplicationContext site = new SpringApplicationBuilder(WildRydesApplication.class)
                .run(all.toArray(String[]::new));
        sites.add(site);
        return site;
    }

    private static String urlOf(ConfigurableApplicationContext site) {
        return "http://127.0.0.1:" + site.getEnvironment().getProperty("local.server.port");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
