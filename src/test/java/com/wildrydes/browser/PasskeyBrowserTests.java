package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code passkey} journey in Chromium against the embedded pool, with Chromium's virtual authenticator standing
 * for a phone's screen lock (CTAP2, built in, resident keys, user verified): add a passkey on the account page, sign
 * out, sign in with it; then, with the passkey gone from the device, a clear message on the sign-in page. Opened at
 * http://localhost (a relying party id is a domain name; the embedded pool's is {@code localhost}). Screenshots under
 * target/screenshots/passkey/.
 */
@ChromiumAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class PasskeyBrowserTests {

    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final int PHONE = 375;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("wildrydes-passkey-journey");
        registry.add("wildrydes.local-pool.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void passkeyWhenAddedOnTheAccountPageThenSignsInWithoutThePassword() {
        try (Browser browser = new Browser("http://localhost:" + port, "passkey", PHONE, "en")) {
            VirtualAuthenticator device = browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
            Rider rider = new Rider(browser, "keyholder-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.com", PHONE);
            rider.becomesVerified(PASSWORD);
            rider.signsIn(PASSWORD, "ride");

            rider.opens("/account", "account-no-passkey");
            assertThat(browser.text()).contains("You have no passkeys yet.");
            rider.follows("form[action='/account/passkeys/start'] button", "passkey-add");
            assertThat(browser.find("[data-passkey-unsupported]").isDisplayed()).isFalse();
            rider.follows("[data-passkey-button]", "account-with-passkey");
            assertThat(browser.path()).isEqualTo("/account");
            assertThat(browser.text()).contains("Your passkey is added.");
            assertThat(browser.findAll("[data-testid=passkey]")).hasSize(1);
            assertThat(device.getCredentials()).hasSize(1);

            rider.opens("/ride", "ride");
            rider.follows(".ride__signout button", "home-signed-out");
            rider.opens("/signin", "signin");
            browser.type("#email", rider.email);
            rider.follows("button[formaction='/signin/passkey/start']", "signin-passkey");
            assertThat(browser.path()).isEqualTo("/signin/passkey");
            rider.follows("[data-passkey-button]", "ride-after-passkey");
            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);

            rider.follows(".ride__signout button", "home-signed-out-again");
            device.removeAllCredentials(); // the phone was reset: the site still lists a passkey it cannot use
            rider.opens("/signin", "signin-again");
            browser.type("#email", rider.email);
            rider.follows("button[formaction='/signin/passkey/start']", "signin-passkey-again");
            rider.follows("[data-passkey-button]", "signin-passkey-cancelled");
            assertThat(browser.path()).startsWith("/signin");
            assertThat(browser.text()).contains("The passkey request was cancelled or timed out.");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(rider.email);
        }
    }
}
