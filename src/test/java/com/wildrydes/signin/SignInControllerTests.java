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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest({SignInController.class, SignOutController.class})
@Import({SecurityConfiguration.class, SignedInSession.class})
class SignInControllerTests {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final Instant NOW = Instant.parse("2026-11-27T09:05:03Z");

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
    void signInPageHasLabelledFieldsWithAutocomplete() throws Exception {
        mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"field__label\" for=\"email\">Email</label>")))
                .andExpect(content().string(containsString("autocomplete=\"email\"")))
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<a href=\"/forgot-password\">Forgot password?</a>")));
    }

    @Test
    void signInWhenCredentialsRightThenSignedInWithNewSessionIdAndSentToRide() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD)).willReturn(TestTokens.authenticated());
        MockHttpSession session = new MockHttpSession();
        String anonymousSessionId = session.getId();

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(session))
                .andExpect(redirectedUrl("/ride"));

        assertThat(session.getId()).isNotEqualTo(anonymousSessionId);
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SignedInUser rider = (SignedInUser) context.getAuthentication().getPrincipal();
        assertThat(rider.email()).isEqualTo(TestTokens.EMAIL);
        assertThat(rider.sub()).isEqualTo(TestTokens.SUB);
    }

    @Test
    void signInTakesItsTimesFromTheApplicationClock() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD)).willReturn(TestTokens.authenticated());
        MockHttpSession signedIn = new MockHttpSession();
        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(signedIn)).andExpect(redirectedUrl("/ride"));

        given(cognito.signIn(TestTokens.EMAIL, PASSWORD)).willReturn(
                new SignInResult.NewPasswordRequired("user-uuid", "secret-challenge-session"));
        MockHttpSession challenged = new MockHttpSession();
        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(challenged)).andExpect(redirectedUrl("/new-password"));

        assertThat(signedIn.getAttribute(SignedInSession.SIGNED_IN_AT)).isEqualTo(NOW);
        assertThat(((NewPasswordChallenge) challenged.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE)).issuedAt())
                .isEqualTo(NOW);
    }

    @Test
    void signInWhenContinueIsASameSitePathThenReturnsThere() throws Exception {
        given(cognito.signIn(any(), any())).willReturn(TestTokens.authenticated());

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).param("continue", "/ride?from=email"))
                .andExpect(redirectedUrl("/ride?from=email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/ride", "//evil.example/ride", "/\\evil.example", "javascript:alert(1)"})
    void signInWhenContinueIsOffSiteThenRefusedAndSentToRide(String offSite) throws Exception {
        given(cognito.signIn(any(), any())).willReturn(TestTokens.authenticated());

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).param("continue", offSite))
                .andExpect(redirectedUrl("/ride"));
    }

    @Test
    void signInPageWhenContinueIsOffSiteThenDoesNotCarryIt() throws Exception {
        mvc.perform(get("/signin").param("continue", "https://evil.example/"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evil.example"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INCORRECT_CREDENTIALS   | Incorrect email or password.",
        "PASSWORD_RESET_REQUIRED | You need to reset your password before you can sign in.",
        "UNAVAILABLE             | We could not reach our sign-in service."})
    void signInWhenCognitoRefusesThenShowsErrorAndKeepsEmail(CognitoFailureReason failure, String message) throws Exception {
        given(cognito.signIn(any(), any())).willThrow(new CognitoAuthException(failure, "SomeException", null));

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + TestTokens.EMAIL + "\"")))
                .andExpect(content().string(not(containsString(PASSWORD))));
    }

    /** Only real accounts get locked, so a lockout must read like a wrong password or an unknown email. */
    @ParameterizedTest
    @EnumSource(value = CognitoFailureReason.class,
            names = {"INCORRECT_CREDENTIALS", "USER_NOT_FOUND", "LOCKED_OUT"})
    void signInWhenPasswordWrongOrEmailUnknownOrLockedThenTheSameWordsThatMentionThePause(CognitoFailureReason failure)
            throws Exception {
        given(cognito.signIn(any(), any())).willThrow(new CognitoAuthException(failure, "SomeException", null));

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Incorrect email or password. After several wrong tries, "
                        + "sign-in pauses for a few minutes; if you forgot your password, reset it.")))
                .andExpect(content().string(not(containsString("Too many attempts"))));
    }

    @Test
    void signInWhenUserNotConfirmedThenSentToVerifyWithEmailAndResendOffer() throws Exception {
        given(cognito.signIn(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.USER_NOT_CONFIRMED, "UserNotConfirmedException", null));

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD))
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attribute("email", TestTokens.EMAIL))
                .andExpect(flash().attribute("offerResend", true))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("error.cognito.userNotConfirmed")));
    }

    @Test
    void signInWhenNewPasswordRequiredThenSentToNewPasswordPageWithChallengeOnlyInTheSession() throws Exception {
        given(cognito.signIn(any(), any())).willReturn(
                new SignInResult.NewPasswordRequired("user-uuid", "secret-challenge-session"));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(session).param("continue", "/ride?from=email"))
                .andExpect(redirectedUrl("/new-password?continue=%2Fride%3Ffrom%3Demail"));

        NewPasswordChallenge challenge = (NewPasswordChallenge) session.getAttribute(
                NewPasswordChallenge.SESSION_ATTRIBUTE);
        assertThat(challenge.session()).isEqualTo("secret-challenge-session");
        assertThat(challenge.toString()).doesNotContain("secret-challenge-session");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void signInWhenTokensFailVerificationThenNoSessionIsSignedIn() throws Exception {
        given(cognito.signIn(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, "InvalidToken", null));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This account cannot sign in right now.")));

        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void signInWhenFieldsBlankThenAsksForThemWithoutCallingCognito() throws Exception {
        mvc.perform(signIn("", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address.")))
                .andExpect(content().string(containsString("Enter a password.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        verify(cognito, never()).signIn(any(), any());
    }

    @Test
    void signInWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/signin").param("email", TestTokens.EMAIL).param("password", PASSWORD))
                .andExpect(status().isForbidden());

        verify(cognito, never()).signIn(any(), any());
    }

    /** Whether or not Cognito acknowledges the revocation, the local session ends. */
    @ParameterizedTest(name = "Cognito revoked: {0}")
    @ValueSource(booleans = {true, false})
    void signOutThenTokensRevokedAndSessionEndsEvenWhenCognitoCannotRevoke(boolean revoked) throws Exception {
        MockHttpSession session = signedInSession();
        given(cognito.signOut(any())).willReturn(revoked);

        mvc.perform(post("/signout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.signedOut")));

        verify(cognito).signOut(TestTokens.forRider());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void signOutWhenNotSignedInThenNothingToRevokeAndHome() throws Exception {
        mvc.perform(post("/signout").with(csrf())).andExpect(redirectedUrl("/"));

        verify(cognito, never()).signOut(any());
    }

    @Test
    void signOutWithoutCsrfTokenThenForbiddenAndStillSignedIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        given(cognito.signIn(any(), any())).willReturn(TestTokens.authenticated());
        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(session)).andExpect(redirectedUrl("/ride"));

        mvc.perform(post("/signout").session(session)).andExpect(status().isForbidden());

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void signInPageInKoreanWhenBrowserPrefersKorean() throws Exception {
        mvc.perform(get("/signin").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"ko\">")))
                .andExpect(content().string(containsString("유니콘이 기다리고 있어요.")))
                .andExpect(content().string(containsString("비밀번호")));
    }

    private MockHttpSession signedInSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        given(cognito.signIn(any(), any())).willReturn(TestTokens.authenticated());
        mvc.perform(signIn(TestTokens.EMAIL, PASSWORD).session(session)).andExpect(redirectedUrl("/ride"));
        return session;
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/signin").with(csrf()).param("email", email).param("password", password);
    }
}
