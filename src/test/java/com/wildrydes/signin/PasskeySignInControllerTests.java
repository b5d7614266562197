package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoPasskeySignIn;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({PasskeySignInController.class, SignInController.class})
@Import({SecurityConfiguration.class, SignedInSession.class})
class PasskeySignInControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-27T09:05:03Z");
    private static final String CHALLENGE_SESSION = "secret-web-authn-session";
    private static final String OPTIONS = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rpId\":\"localhost\"}";
    private static final String ASSERTION = "{\"id\":\"Y3JlZA\",\"type\":\"public-key\",\"response\":{}}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasskeySignIn passkeys;

    @MockitoBean // the sign-in page's own form: not what these tests look at
    CognitoAuthService cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @MockitoBean
    Clock clock;

    @BeforeEach
    void fixTheClock() {
        given(clock.instant()).willReturn(NOW);
    }

    @Test
    void signInPageOffersSignInWithAPasskeyAsAButtonOfTheSameForm() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("formaction=\"/signin/passkey/start\"")))
                .andExpect(content().string(containsString(">Sign in with a passkey</button>")));
    }

    @Test
    void passkeyWhenCognitoAsksForOneThenThePageCarriesTheOptionsButNotTheSessionUnderStrictCsp() throws Exception {
        given(passkeys.start(TestTokens.EMAIL)).willReturn(
                new SignInResult.PasskeyRequested("user-uuid", CHALLENGE_SESSION, OPTIONS));
        MockHttpSession browser = new MockHttpSession();

        mvc.perform(post("/signin/passkey/start").with(csrf()).session(browser).param("email", TestTokens.EMAIL)
                        .param("password", "").param("continue", "/account"))
                .andExpect(redirectedUrl("/signin/passkey?continue=%2Faccount"));
        mvc.perform(get("/signin/passkey").session(browser).param("continue", "/account"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(content().string(containsString("data-passkey-options=\"{&quot;challenge&quot;:")))
                .andExpect(content().string(containsString("<script src=\"/js/passkey.js\" defer></script>")))
                .andExpect(content().string(containsString("Passkeys need JavaScript")))
                .andExpect(content().string(containsString("name=\"continue\" value=\"/account\"")))
                .andExpect(content().string(not(containsString(CHALLENGE_SESSION))))
                .andExpect(content().string(not(containsString("<script>"))));

        assertThat(browser.getAttribute(PasskeyChallenge.SESSION_ATTRIBUTE)).isEqualTo(new PasskeyChallenge(
                TestTokens.EMAIL, "user-uuid", CHALLENGE_SESSION, OPTIONS, NOW));
    }

    @Test
    void passkeyPageWhenOpenedByIpAddressThenSaysToUseLocalhost() throws Exception {
        MockHttpSession browser = challenged();

        mvc.perform(get("/signin/passkey").session(browser).with(request -> {
            request.setServerName("127.0.0.1");
            return request;
        })).andExpect(content().string(containsString("open this site at http://localhost")));
        mvc.perform(get("/signin/passkey").session(browser))
                .andExpect(content().string(not(containsString("open this site at http://localhost"))));
    }

    @Test
    void passkeyWhenEmailMissingThenSignInPageAsksForItAndNothingSent() throws Exception {
        mvc.perform(post("/signin/passkey/start").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type your email, then press Sign in with a passkey.")));

        verify(passkeys, never()).start(any());
    }

    @Test
    void passkeyWhenTheRiderHasNoneThenSignInPageSaysSoWithTheEmailKept() throws Exception {
        given(passkeys.start(TestTokens.EMAIL)).willReturn(
                new SignInResult.ChallengeChoice(TestTokens.EMAIL, "s", List.of("PASSWORD_SRP", "EMAIL_OTP")));

        mvc.perform(post("/signin/passkey/start").with(csrf()).param("email", TestTokens.EMAIL))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.passkeyNotOffered")));
    }

    @Test
    void passkeyWhenCognitoIsDownThenTheSignInPageSaysSoWithTheEmailKeptAndNo5xx() throws Exception {
        given(passkeys.start(any())).willThrow(new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));

        mvc.perform(post("/signin/passkey/start").with(csrf()).param("email", TestTokens.EMAIL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + TestTokens.EMAIL + "\"")))
                .andExpect(content().string(containsString("We could not reach our sign-in service.")));
    }

    @Test
    void answerWhenCognitoAcceptsThePasskeyThenSignedInAndBackWhereTheRiderWas() throws Exception {
        MockHttpSession browser = challenged();
        given(passkeys.answer("user-uuid", CHALLENGE_SESSION, ASSERTION)).willReturn(TestTokens.authenticated());

        mvc.perform(post("/signin/passkey").with(csrf()).session(browser).param("credential", ASSERTION)
                        .param("continue", "/account"))
                .andExpect(redirectedUrl("/account"));

        assertThat(browser.getAttribute(PasskeyChallenge.SESSION_ATTRIBUTE)).isNull();
        assertThat(browser.getAttribute(SignedInSession.SIGNED_IN_AT)).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NotAllowedError,   passkey.failure.cancelled",
        "SecurityError,     passkey.failure.address",
        "unsupported,       passkey.failure.unsupported",
        "SomethingElse,     passkey.failure.other"})
    void answerWhenTheBrowserGaveNoPasskeyThenSignInPageSaysWhyAndCognitoIsNotAsked(String failure, String message)
            throws Exception {
        MockHttpSession browser = challenged();

        mvc.perform(post("/signin/passkey").with(csrf()).session(browser).param("credential", "")
                        .param("failure", failure))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning(message)));

        verify(passkeys, never()).answer(any(), any(), any());
        assertThat(browser.getAttribute(PasskeyChallenge.SESSION_ATTRIBUTE)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PASSKEY_REFUSED,   notice.passkeyRefused",
        "SESSION_EXPIRED,   notice.signInTookTooLong",
        "UNAVAILABLE,       error.cognito.unavailable"})
    void answerWhenCognitoRefusesThenSignInPageSaysWhyWithTheEmailKept(CognitoFailureReason failure, String message)
            throws Exception {
        given(passkeys.answer(any(), any(), any())).willThrow(new CognitoAuthException(failure, null, null));

        mvc.perform(post("/signin/passkey").with(csrf()).session(challenged()).param("credential", ASSERTION))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning(message)));
    }

    @Test
    void answerWithoutAChallengeThenSignInAgain() throws Exception {
        mvc.perform(post("/signin/passkey").with(csrf()).param("credential", ASSERTION))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));
        mvc.perform(get("/signin/passkey"))
                .andExpect(redirectedUrl("/signin"));

        verify(passkeys, never()).answer(any(), any(), any());
    }

    @Test
    void signInPageShowsTheNoticeOfAFailedPasskey() throws Exception {
        mvc.perform(get("/signin").flashAttr(Notice.FLASH_NAME, Notice.warning("notice.passkeyRefused"))
                        .flashAttr("email", TestTokens.EMAIL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That passkey could not sign you in")))
                .andExpect(content().string(containsString("value=\"" + TestTokens.EMAIL + "\"")));
    }

    private static MockHttpSession challenged() {
        MockHttpSession browser = new MockHttpSession();
        browser.setAttribute(PasskeyChallenge.SESSION_ATTRIBUTE,
                new PasskeyChallenge(TestTokens.EMAIL, "user-uuid", CHALLENGE_SESSION, OPTIONS, NOW));
        return browser;
    }
}
