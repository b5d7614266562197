package com.wildrydes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site as people use it, in real Chromium against the app and its embedded local pool: each
 * journey screenshots every page under target/screenshots/<journey>/ and checks it with PageChecks.
 */
@ChromiumAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class JourneyBrowserTests {

    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final int PHONE = 375;
    private static final int LAPTOP = 1280;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) throws IOException {
        // not a @TempDir: the pool keeps using it for as long as the cached context lives
        Path data = Files.createTempDirectory("wildrydes-journeys");
        registry.add("wildrydes.local-pool.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void newcomerOnAPhoneWhenRegistersAndVerifiesThenRidesAndSignsOut() {
        try (Browser browser = browser("newcomer", PHONE, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("newcomer"), PHONE);
            rider.opens("/", "home");
            rider.follows(".hero__actions a[href='/register']", "register");
            rider.registers(PASSWORD, PASSWORD, "verify");
            assertThat(browser.path()).isEqualTo("/verify");
            String code = rider.readsCodeInOutbox();
            rider.follows("main a.button--accent[href='/verify']", "verify-with-code");
            rider.verifies(code, "ride"); // signed in by verifying: SignUp's Session, then USER_AUTH

            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);
            browser.click(".token__toggle");
            assertThat(browser.find("#id-token").getText()).startsWith("eyJ");
            rider.sees("ride-token");

            rider.follows(".ride__signout button", "home-signed-out");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.find(".site-nav").getText()).contains("Sign in").doesNotContain("Sign out");
        }
    }

    @Test
    void newcomerInKoreanWhenRegistersAndRidesThenEveryPageIsKorean() {
        List<String> english = EnglishText.phrasesKoreanTranslates();
        try (Browser browser = browser("newcomer-ko", LAPTOP, "ko")) {
            Rider rider = new Rider(browser, uniqueEmail("hangul"), LAPTOP);
            rider.opens("/", "home");
            assertKorean(browser, english, "이랴!");
            rider.follows(".hero__actions a[href='/register']", "register");
            assertKorean(browser, english, "계정 만들기", "비밀번호 조건");
            rider.registers(PASSWORD, PASSWORD, "verify");
            assertKorean(browser, english, "이메일 인증");
            String code = rider.readsCodeInOutbox();
            assertKorean(browser, english, "로컬 보낸편지함");
            rider.follows("main a.button--accent[href='/verify']", "verify-with-code");
            rider.verifies(code, "ride");
            assertKorean(browser, english, "인증되었습니다");
            browser.click(".token__toggle");
            rider.sees("ride-token");
            assertKorean(browser, english, "인증 토큰 숨기기");
            rider.follows(".ride__signout button", "home-signed-out");
            assertKorean(browser, english, "로그인", "이랴!");
        }
    }

    @Test
    void mistakesWhenEachIsCorrectedThenTheRiderStillGetsToRide() {
        try (Browser browser = browser("mistakes", LAPTOP, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("clumsy"), LAPTOP);
            rider.opens("/register", "register");
            rider.registers(PASSWORD, "Unicorn-Rides-43", "register-mismatch");
            assertThat(browser.find("#confirmPassword-error").getText()).contains("do not match");

            rider.registers("unicorn-rides-42", "unicorn-rides-42", "register-weak");
            assertThat(browser.findAll(".password-rules__list li.rule--broken"))
                    .singleElement().satisfies(rule -> assertThat(rule.getAttribute("data-rule")).isEqualTo("UPPERCASE"));

            rider.registers(PASSWORD, PASSWORD, "verify");
            String code = rider.readsCodeInOutbox();
            rider.follows("main a.button--accent[href='/verify']", "verify-with-code");
            rider.verifies(code.equals("000000") ? "111111" : "000000", "verify-wrong-code");
            assertThat(browser.text()).contains("That code is not right");

            rider.verifies(code, "ride");
            rider.follows(".ride__signout button", "home-signed-out");
            rider.opens("/signin", "signin");
            rider.signsIn("Wrong-Password-1", "signin-wrong-password");
            assertThat(browser.text()).contains("Incorrect email or password");
            assertThat(browser.find("#email").getAttribute("value")).isEqualTo(rider.email);

            rider.signsIn(PASSWORD, "ride");
            assertThat(browser.path()).isEqualTo("/ride");
        }
    }

    @Test
    void forgottenPasswordWhenResetWithTheEmailedCodeThenSignsInWithTheNewOne() {
        try (Browser browser = browser("forgot-password", LAPTOP, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("forgetful"), LAPTOP);
            rider.becomesVerified(PASSWORD);
            rider.follows("a[href='/forgot-password']", "forgot-password");
            browser.type("#email", rider.email);
            rider.sends("reset-password");
            assertThat(browser.path()).isEqualTo("/reset-password");

            String code = rider.readsCodeInOutbox();
            browser.driver().navigate().back();
            rider.sees("reset-password-with-code");
            String newPassword = "Rainbow-Gallop-77";
            browser.type("#email", rider.email);
            browser.type("#code", code);
            browser.type("#password", newPassword);
            browser.type("#confirmPassword", newPassword);
            rider.sends("signin");
            assertThat(browser.path()).isEqualTo("/signin");

            rider.signsIn(newPassword, "ride");
            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);
        }
    }

    @Test
    void deepLinkToRideWhenSignedOutThenSignInReturnsToRide() {
        try (Browser browser = browser("deep-link", LAPTOP, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("bookmarker"), LAPTOP);
            rider.becomesVerified(PASSWORD);

            rider.opens("/ride", "signin-for-ride");
            assertThat(browser.path()).startsWith("/signin");
            rider.signsIn(PASSWORD, "ride");
            assertThat(browser.path()).isEqualTo("/ride");
        }
    }

    @Test
    void newcomerWhenVerifiesThenLandsOnRideSignedInWithoutThePassword() {
        try (Browser browser = browser("signed-in-after-verify", LAPTOP, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("eager"), LAPTOP);
            rider.opens("/register", "register");
            rider.registers(PASSWORD, PASSWORD, "verify");
            String code = rider.readsCodeInOutbox();
            rider.follows("main a.button--accent[href='/verify']", "verify-with-code");

            rider.verifies(code, "ride");

            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);
        }
    }

    @Test
    void riderWhenAsksForEmailCodeThenSignsInWithTheCodeFromTheOutbox() {
        try (Browser browser = browser("email-code", PHONE, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("passwordless"), PHONE);
            rider.becomesVerified(PASSWORD);
            browser.type("#email", rider.email);
            rider.follows("button[formaction='/signin/email-code/send']", "email-code");
            assertThat(browser.path()).isEqualTo("/signin/email-code");
            browser.type("#code", "00000000");
            rider.sends("email-code-wrong");
            assertThat(browser.text()).contains("That code is not right");

            String code = rider.readsCodeInOutbox();
            rider.opens("/signin/email-code", "email-code-with-code"); // the challenge waits in the session
            browser.type("#code", code);
            rider.sends("ride");

            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find(".facts").getText()).contains(rider.email);
        }
    }

    @Test
    void newcomerWhenVerifiedThenRidePageShowsTheirAwsIdentityFromTheIdentityPool() {
        try (Browser browser = browser("identity", PHONE, "en")) {
            Rider rider = new Rider(browser, uniqueEmail("aws-curious"), PHONE);
            rider.opens("/register", "register");
            rider.registers(PASSWORD, PASSWORD, "verify");
            String code = rider.readsCodeInOutbox();
            rider.follows("main a.button--accent[href='/verify']", "verify-with-code");

            rider.verifies(code, "ride-aws-identity");

            assertThat(browser.path()).isEqualTo("/ride");
            assertThat(browser.find("#aws-identity-heading").getText()).isEqualTo("Your AWS identity");
            assertThat(browser.find("#aws-identity-id").getText()).matches("ap-northeast-2:[0-9a-f-]{36}");
            assertThat(browser.find(".aws-identity time").getText()).isNotBlank().endsWith("UTC");
            assertThat(browser.find("#aws-caller-arn").getText())
                    .matches("arn:aws:sts::\\d{12}:assumed-role/[^/]+/CognitoIdentityCredentials");
            assertThat(browser.text()).doesNotContain("unavailable");
        }
    }

    private Browser browser(String journey, int width, String language) {
        return new Browser("http://127.0.0.1:" + port, journey, width, language);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static void assertKorean(Browser browser, List<String> english, String... korean) {
        String text = browser.text();
        assertThat(text).as("Korean on " + browser.path()).contains(korean);
        assertThat(english).as("English left on " + browser.path()).noneMatch(text::contains);
    }
}
