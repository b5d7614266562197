package com.wildrydes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import com.wildrydes.browser.Browser;
import com.wildrydes.browser.ChromiumAvailable;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.signin.TestTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The pages' small scripts in real Chromium, under the real Content-Security-Policy: a console
 * error here would mean a script or style the policy refused.
 */
@ChromiumAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
        "wildrydes.cognito.client-id=abcdefghijklmnopqrstuvwxyz"})
class PageScriptsBrowserTests {

    @LocalServerPort
    int port;

    @MockitoBean
    CognitoAuthService cognito;

    @Test
    void registerTicksEachPasswordRuleAsTypedAndShowsOrHidesThePassword() {
        try (Browser browser = new Browser("http://127.0.0.1:" + port, "page-scripts", 375, "en")) {
            browser.open("/register");
            browser.type("#password", "giddy");
            assertThat(browser.findAll(".password-rules__list li.rule--met")).hasSize(1); // lowercase only

            browser.type("#password", "Giddy-Up-2026");
            assertThat(browser.findAll(".password-rules__list li.rule--met")).hasSize(5);

            browser.click("#password + .password-toggle");
            assertThat(browser.find("#password").getAttribute("type")).isEqualTo("text");
            assertThat(browser.find("#password + .password-toggle").getText()).isEqualTo("Hide");
            browser.click("#password + .password-toggle");
            assertThat(browser.find("#password").getAttribute("type")).isEqualTo("password");
            browser.screenshot("register");

            browser.open("/verify");
            browser.type("#code", "12 34ab56");
            assertThat(browser.find("#code").getAttribute("value")).isEqualTo("123456");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void ridePageRevealsTheTokenOnRequest() {
        // tokens far from expiry, so no signed-in page asks for a refresh
        SignedInUser rider = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plus(Duration.ofHours(1)));
        given(cognito.signIn(any(), any())).willReturn(new SignInResult.Authenticated(rider.tokens(), rider.identity()));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, "page-scripts", 1280, "en")) {
            browser.open("/signin");
            browser.type("#email", TestTokens.EMAIL);
            browser.type("#password", "Correct-Horse-9");
            browser.clickToNextPage("button[type=submit].button--block");
            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find("#id-token").isDisplayed()).isFalse();

            browser.click(".token__toggle");
            assertThat(browser.find("#id-token").isDisplayed()).isTrue();
            assertThat(browser.find(".token__toggle").getText()).isEqualTo("Hide your auth token");
            assertThat(browser.find("[data-copy=id-token]").isDisplayed()).isTrue();
            browser.screenshot("ride");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
