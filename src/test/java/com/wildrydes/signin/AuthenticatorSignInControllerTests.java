package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import com.wildrydes.cognito.auth.AuthenticatorSecret;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest({SignInController.class, AuthenticatorSignInController.class})
@Import({SecurityConfiguration.class, SignedInSession.class})
class AuthenticatorSignInControllerTests {

    private static final Instant NOW = Instant.parse("2026-11-27T09:05:03Z");
    private static final String USERNAME = "0f6c7a1e-rider";
    private static final String CHALLENGE_SESSION = "secret-mfa-session";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW";
    private static final String PASSWORD = "Correct-Horse-9";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    CognitoAuthenticatorApp authenticator;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @MockitoBean
    Clock clock;

    @BeforeEach
    void fixTheClock() {
        given(clock.instant()).willReturn(NOW);
    }

    @Test
    void signInWhenCognitoAsksForTheAppsCodeThenItsPageWithTheChallengeKeptServerSide() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD))
                .willReturn(new SignInResult.AuthenticatorCodeRequired(USERNAME, CHALLENGE_SESSION));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/signin").param("email", TestTokens.EMAIL).param("password", PASSWORD)
                        .param("continue", "/account").session(session).with(csrf()))
                .andExpect(redirectedUrl("/signin/authenticator-code?continue=%2Faccount"));

        assertThat(session.getAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE)).isEqualTo(
                new AuthenticatorChallenge(false, USERNAME, TestTokens.EMAIL, CHALLENGE_SESSION, null, NOW));
        mvc.perform(get("/signin/authenticator-code").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the code from your app")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(not(containsString(CHALLENGE_SESSION))));
    }

    @Test
    void codeWhenRightThenSignedInWithANewSessionIdAndSentToTheContinueTarget() throws Exception {
        given(authenticator.answerCode(USERNAME, CHALLENGE_SESSION, "123456")).willReturn(TestTokens.authenticated());
        MockHttpSession session = withChallenge(false, null);
        String before = session.getId();

        answer("/signin/authenticator-code", "123456", session, "/account").andExpect(redirectedUrl("/account"));

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(session.getAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void codeWhenWrongThenSaysSoAndKeepsTheChallengeForAnotherTry() throws Exception {
        given(authenticator.answerCode(any(), any(), any()))
                .willThrow(new CognitoAuthException(CognitoFailureReason.CODE_MISMATCH, "CodeMismatchException", null));
        MockHttpSession session = withChallenge(false, null);

        answer("/signin/authenticator-code", "000000", session, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right")));

        assertThat(session.getAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE)).isNotNull();
    }

    @Test
    void codeWhenAlreadyUsedThenAsksForTheNextOne() throws Exception {
        given(authenticator.answerCode(any(), any(), any()))
                .willThrow(new CognitoAuthException(CognitoFailureReason.CODE_ALREADY_USED, "ExpiredCodeException", null));

        answer("/signin/authenticator-code", "123456", withChallenge(false, null), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code was used already")));
    }

    @Test
    void codeWhenTheChallengeExpiredThenBackToSignInWithTookTooLong() throws Exception {
        given(authenticator.answerCode(any(), any(), any()))
                .willThrow(new CognitoAuthException(CognitoFailureReason.SESSION_EXPIRED, "NotAuthorizedException", null));
        MockHttpSession session = withChallenge(false, null);

        answer("/signin/authenticator-code", "123456", session, null)
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));

        assertThat(session.getAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void codeWhenNotSixDigitsThenAsksForThemWithoutCallingCognito() throws Exception {
        answer("/signin/authenticator-code", "12345", withChallenge(false, null), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is 6 digits")));

        verify(authenticator, never()).answerCode(any(), any(), any());
    }

    @Test
    void codePagesWithoutAChallengeThenBackToSignIn() throws Exception {
        mvc.perform(get("/signin/authenticator-code")).andExpect(redirectedUrl("/signin"));
        mvc.perform(post("/signin/authenticator-code").param("code", "123456").with(csrf()))
                .andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/signin/authenticator-setup").session(withChallenge(false, null)))
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    void setupWhenThePoolRequiresMfaThenTheQrCodeFromTheChallengesSessionAndThenSignedIn() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD))
                .willReturn(new SignInResult.AuthenticatorSetupRequired(USERNAME, CHALLENGE_SESSION));
        given(authenticator.associateAtSignIn(CHALLENGE_SESSION)).willReturn(new AuthenticatorSecret(SECRET, "s2"));
        given(authenticator.finishSetupAtSignIn(USERNAME, "s2", "123456")).willReturn(TestTokens.authenticated());
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/signin").param("email", TestTokens.EMAIL).param("password", PASSWORD)
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/signin/authenticator-setup"));
        mvc.perform(get("/signin/authenticator-setup").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set up an authenticator app")))
                .andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("JBSW Y3DP")))
                .andExpect(content().string(not(containsString("s2"))));
        answer("/signin/authenticator-setup", "123456", session, null).andExpect(redirectedUrl("/ride"));

        verify(authenticator).associateAtSignIn(eq(CHALLENGE_SESSION));
    }

    private MockHttpSession withChallenge(boolean setup, String secret) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE,
                new AuthenticatorChallenge(setup, USERNAME, TestTokens.EMAIL, CHALLENGE_SESSION, secret, NOW));
        return session;
    }

    private ResultActions answer(String page, String code, MockHttpSession session, String continueTo)
            throws Exception {
        var request = post(page).param("code", code).session(session).with(csrf());
        if (continueTo != null) {
            request.param("continue", continueTo);
        }
        return mvc.perform(request);
    }
}
