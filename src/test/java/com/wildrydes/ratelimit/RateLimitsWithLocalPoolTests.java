package com.wildrydes.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site with its default limits and the embedded local pool, driven over HTTP as a script would: it meets
 * the limits within tens of requests, gets the form back with 429, and each refusal shows in the metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class RateLimitsWithLocalPoolTests {

    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final Path POOL_DATA = poolDataDir();

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", POOL_DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void forgotPasswordWhenOneEmailAskedForAgainAndAgainThenTheSixthIsTheFormWith429AndTheEmailKept() {
        SiteVisitor script = visitor();
        String email = newEmail("target");
        for (int i = 1; i <= 5; i++) {
            assertThat(askForResetCode(script, email).path()).as("request %d", i).isEqualTo("/reset-password");
        }

        Page refused = askForResetCode(script, email);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Forgot your password?", "Too many attempts. Please wait 3 minutes",
                "value=\"" + email + "\"");
        assertThat(metrics()).containsPattern("wildrydes_rate_limited_total\\{.*endpoint=\"forgot\".*} [1-9]");
    }

    @Test
    void forgotPasswordWhenAScriptMakesUpEmailsThenTheAddressLimitRefusesItWithinTensOfRequests() {
        SiteVisitor script = visitor();
        int firstRefused = 0;
        for (int i = 1; i <= 40 && firstRefused == 0; i++) {
            if (askForResetCode(script, newEmail("made-up")).status() == 429) {
                firstRefused = i;
            }
        }
        assertThat(firstRefused).as("the request first refused (20 per address)").isBetween(1, 21);
    }

    @Test
    void resendWhenAskedForAgainAndAgainThenTheSixthIsTheVerifyFormWith429() {
        SiteVisitor newcomer = visitor();
        String email = newEmail("impatient");
        Page registered = newcomer.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.path()).isEqualTo("/verify");
        for (int i = 1; i <= 5; i++) {
            assertThat(resend(newcomer, email).path()).as("resend %d", i).isEqualTo("/verify");
        }

        Page refused = resend(newcomer, email);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Verify your email", "Too many attempts", "value=\"" + email + "\"")
                .doesNotContain(PASSWORD);
        assertThat(metrics()).containsPattern("wildrydes_rate_limited_total\\{.*endpoint=\"resend\".*} [1-9]");
    }

    private SiteVisitor visitor() {
        return new SiteVisitor("http://127.0.0.1:" + port);
    }

    private static Page askForResetCode(SiteVisitor visitor, String email) {
        return visitor.submit("/forgot-password", "/forgot-password", Map.of("email", email));
    }

    private static Page resend(SiteVisitor visitor, String email) {
        return visitor.submit("/verify", "/verify/resend", Map.of("email", email));
    }

    private String metrics() {
        return visitor().get("/actuator/prometheus").body();
    }

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static Path poolDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "rate-limit-pool-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
