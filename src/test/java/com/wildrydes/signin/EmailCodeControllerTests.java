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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({EmailCodeController.class, SignInController.class})
@Import({SecurityConfiguration.class, SignedInSession.class})
class EmailCodeControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-27T09:05:03Z");
    private static final String CHALLENGE_SESSION = "secret-email-otp-session";

    @Autowired
    MockMvc mvc;

    @MockitoBean
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
    void signInPageOffersEmailMeACodeAsSecondButtonOfTheSameForm() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("formaction=\"/signin/email-code/send\"")))
                .andExpect(content().string(containsString(">Email me a code</button>")));
    }

    @Test
    void emailMeACodeWhenCodeSentThenCodePageNamesWhereWithoutTheSession() throws Exception {
        given(cognito.startEmailCodeSignIn(TestTokens.EMAIL)).willReturn(
                new SignInResult.EmailCodeSent("user-uuid", CHALLENGE_SESSION, "r***@e***"));
        MockHttpSession browser = new MockHttpSession();

        mvc.perform(post("/signin/email-code/send").with(csrf()).session(browser).param("email", TestTokens.EMAIL)
                        .param("password", ""))
                .andExpect(redirectedUrl("/signin/email-code"));
        mvc.perform(get("/signin/email-code").session(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("r***@e***")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(containsString("maxlength=\"8\"")))
                .andExpect(content().string(containsString("pattern=\"[0-9]{6,8}\"")))
                .andExpect(content().string(not(containsString(CHALLENGE_SESSION))));

        assertThat(browser.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE)).isEqualTo(new EmailCodeChallenge(
                TestTokens.EMAIL, "user-uuid", CHALLENGE_SESSION, "r***@e***", NOW));
    }

    @Test
    void emailMeACodeWhenEmailMissingThenSignInPageAsksForItAndNothingSent() throws Exception {
        mvc.perform(post("/signin/email-code/send").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type your email, then press Email me a code.")));

        verify(cognito, never()).startEmailCodeSignIn(any());
    }

    @Test
    void emailMeACodeWhenCognitoOffersOnlyThePasswordThenSignInPageSaysSo() throws Exception {
        given(cognito.startEmailCodeSignIn(TestTokens.EMAIL)).willReturn(
                new SignInResult.ChallengeChoice(TestTokens.EMAIL, "s", List.of("PASSWORD_SRP", "PASSWORD")));

        mvc.perform(post("/signin/email-code/send").with(csrf()).param("email", TestTokens.EMAIL))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.emailCodeNotOffered")));
    }

    @Test
    void emailCodeWhenRightThenSignedInAndBackWhereTheRiderWas() throws Exception {
        MockHttpSession browser = challenged();
        given(cognito.answerEmailCode("user-uuid", CHALLENGE_SESSION, "12345678"))
                .willReturn(TestTokens.authenticated());

        mvc.perform(post("/signin/email-code").with(csrf()).session(browser).param("code", "1234 5678")
                        .param("continue", "/account"))
                .andExpect(redirectedUrl("/account"));

        assertThat(browser.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE)).isNull();
        assertThat(browser.getAttribute(SignedInSession.SIGNED_IN_AT)).isEqualTo(NOW);
    }

    @Test
    void emailCodeWhenWrongThenSaysSoAndKeepsTheChallenge() throws Exception {
        MockHttpSession browser = challenged();
        given(cognito.answerEmailCode(any(), any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.CODE_MISMATCH, "CodeMismatchException", null));

        mvc.perform(post("/signin/email-code").with(csrf()).session(browser).param("code", "00000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right.")));

        assertThat(browser.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE)).isNotNull();
    }

    @Test
    void emailCodeWhenSessionExpiredThenSignInAgainWithTheEmail() throws Exception {
        MockHttpSession browser = challenged();
        given(cognito.answerEmailCode(any(), any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.SESSION_EXPIRED, "NotAuthorizedException", null));

        mvc.perform(post("/signin/email-code").with(csrf()).session(browser).param("code", "12345678"))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));

        assertThat(browser.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void emailCodePageWithoutAChallengeThenBackToSignIn() throws Exception {
        mvc.perform(get("/signin/email-code"))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));
    }

    @Test
    void emailCodeWhenNotDigitsThenErrorNextToCodeAndNothingSent() throws Exception {
        mvc.perform(post("/signin/email-code").with(csrf()).session(challenged()).param("code", "12ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        verify(cognito, never()).answerEmailCode(any(), any(), any());
    }

    private static MockHttpSession challenged() {
        MockHttpSession browser = new MockHttpSession();
        browser.setAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE, new EmailCodeChallenge(TestTokens.EMAIL,
                "user-uuid", CHALLENGE_SESSION, "r***@e***", NOW));
        return browser;
    }
}
