package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.journey.SiteVisitor.Page;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product's main job, end to end over real HTTP: the site with nothing configured starts the
 * embedded local pool, and a newcomer registers, reads the code in the outbox, verifies, signs in
 * with SRP through the AWS SDK, rides and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class NewcomerJourneyTests {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String PASSWORD = "Unicorn-Rides-42";

    @TempDir
    static Path poolData;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", poolData::toString);
    }

    @LocalServerPort
    int port;

    SiteVisitor visitor;

    @BeforeEach
    void arrive() {
        visitor = new SiteVisitor("http://127.0.0.1:" + port);
    }

    @Test
    void newcomerWhenRegistersVerifiesAndSignsInThenRidesAndSignsOut() {
        String email = "newcomer@example.com";
        assertThat(visitor.get("/").body()).contains("GIDDY UP!");

        Page registered = visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.path()).isEqualTo("/verify");
        assertThat(visitor.follow(registered).body()).contains("/local/outbox");

        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", latestCode()));
        assertThat(verified.path()).isEqualTo("/signin");

        Page signedIn = visitor.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.path()).isEqualTo("/ride");
        Page ride = visitor.follow(signedIn);
        assertThat(ride.status()).isEqualTo(200);
        assertThat(ride.body()).contains(email).contains("eyJ");

        Page signedOut = visitor.post("/signout", Map.of("_csrf", ride.csrf()));
        assertThat(signedOut.path()).isEqualTo("/");
        assertThat(visitor.get("/ride").path()).isEqualTo("/signin");
    }

    @Test
    void signInWhenPasswordWrongThenSaysIncorrectAndKeepsEmail() {
        String email = "forgetful@example.com";
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        visitor.submit("/verify", "/verify", Map.of("email", email, "code", latestCode()));

        Page refused = visitor.submit("/signin", "/signin", Map.of("email", email, "password", "Wrong-Password-1"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Incorrect email or password").contains("value=\"" + email + "\"");
        assertThat(refused.body()).doesNotContain("Wrong-Password-1");
    }

    @Test
    void signInWhenNotYetVerifiedThenSendsToVerify() {
        String email = "hasty@example.com";
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));

        Page refused = visitor.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));

        assertThat(refused.path()).isEqualTo("/verify");
    }

    private String latestCode() {
        String outbox = visitor.get("/local/outbox").body();
        Matcher matcher = CODE.matcher(outbox);
        assertThat(matcher.find()).as("a 6-digit code in the outbox").isTrue();
        return matcher.group(1);
    }
}
