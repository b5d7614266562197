package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.testsupport.SiteVisitor.Page;
import com.wildrydes.testsupport.SiteVisitor.Page;
import com.wildrydes.testsupport.SiteVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The site as it runs with nothing configured: the embedded local pool on a free port, reached over real HTTP.
 * Every journey class extends this one, so they share one cached Spring context (and one pool); each test
 * therefore uses riders of its own, named by {@link #newEmail}.
 */
// Rate limits off: every journey shares this one site and signs up riders from 127.0.0.1 far faster than a person.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0",
                "wildrydes.rate-limit.enabled=false"})
abstract class SiteWithLocalPool {

    static final String PASSWORD = "Unicorn-Rides-42";

    /** Under target/ rather than a @TempDir: the cached context outlives any one test class. */
    static final Path POOL_DATA = poolDataDir();

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", POOL_DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    CognitoIdentityProviderClient cognito;

    @Autowired
    SiteUserPool sitePool;

    SiteVisitor visitor;

    @BeforeEach
    void arrive() {
        visitor = new SiteVisitor("http://127.0.0.1:" + port);
    }

    /** The pool as the site's own pages do not show it: for setting up and checking behind the site's back. */
    PoolBehindTheSite pool() {
        return new PoolBehindTheSite(cognito, sitePool.current());
    }

    static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /**
     * Registers through the site and verifies with the code from the local outbox, which signs the rider in (SignUp's
     * Session, then USER_AUTH); then leaves that browser behind, so the test starts signed out as before.
     */
    void registerAndVerify(String email, String password) {
        Page registered = visitor.submit("/register", "/register",
                Map.of("email", email, "password", password, "confirmPassword", password));
        assertThat(registered.path()).isEqualTo("/verify");
        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride");
        assertThat(visitor.follow(verified).body()).contains(email); // the ride page, as a person would see it
        visitor.startAfresh();
    }

    Page signIn(String email, String password) {
        return visitor.submit("/signin", "/signin", Map.of("email", email, "password", password));
    }

    private static Path poolDataDir() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "journey-pool-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
