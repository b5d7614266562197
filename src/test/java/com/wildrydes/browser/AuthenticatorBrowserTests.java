package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.action.code.Totp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code totp-mfa} journey in Chromium against the embedded pool: turn the authenticator app on from the
 * account page with a code this test computes from the key the page shows, sign out, sign in with a wrong code and
 * then a right one. Screenshots under target/screenshots/totp-mfa/.
 */
@ChromiumAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class AuthenticatorBrowserTests {

    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final int PHONE = 375;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("wildrydes-totp-journey");
        registry.add("wildrydes.local-pool.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void totpMfaWhenTurnedOnThenSignInAsksForTheAppsCodeAfterThePassword() {
        try (Browser browser = new Browser("http://127.0.0.1:" + port, "totp-mfa", PHONE, "en")) {
            Rider rider = new Rider(browser, "careful-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.com", PHONE);
            rider.becomesVerified(PASSWORD);
            rider.signsIn(PASSWORD, "ride");
            rider.opens("/account", "account-authenticator-off");
            rider.follows("form[action='/account/authenticator/start'] button", "authenticator-setup");
            assertThat(browser.find("img.authenticator__qr").getAttribute("src")).startsWith("data:image/svg+xml");
            String secret = browser.find("[data-testid=authenticator-secret]").getText().replace(" ", "");

            browser.type("#code", code(secret, 0));
            rider.sends("account-authenticator-on");
            assertThat(browser.path()).isEqualTo("/account");
            assertThat(browser.text()).contains("Your authenticator app is on.");
            rider.opens("/ride", "ride");
            rider.follows(".ride__signout button", "home-signed-out");

            rider.opens("/signin", "signin");
            rider.signsIn(PASSWORD, "authenticator-code");
            assertThat(browser.path()).isEqualTo("/signin/authenticator-code");
            browser.type("#code", code(secret, 0));
            rider.sends("authenticator-code-used");
            assertThat(browser.text()).contains("That code was used already");
            browser.type("#code", code(secret, 1));
            rider.sends("ride-after-code");
            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);
        }
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }
}
