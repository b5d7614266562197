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
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(NewPasswordController.class)
@Import({SecurityConfiguration.class, SignedInSession.class})
class NewPasswordControllerTests {

    private static final String USERNAME = "0f6c7a1e-admin-made";
    private static final String CHALLENGE_SESSION = "secret-challenge-session";
    private static final String NEW_PASSWORD = "Own-Unicorn-Pass-5";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @Test
    void newPasswordPageAsksForPasswordTwiceWithRulesAndNeverShowsTheChallenge() throws Exception {
        mvc.perform(get("/new-password").session(withChallenge()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your own password")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")))
                .andExpect(content().string(containsString("Your password needs")))
                .andExpect(content().string(not(containsString(CHALLENGE_SESSION))))
                .andExpect(content().string(not(containsString(USERNAME))));
    }

    @Test
    void newPasswordPageWithoutChallengeThenBackToSignInWithTookTooLong() throws Exception {
        mvc.perform(get("/new-password"))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));
    }

    @Test
    void newPasswordWhenAcceptedThenSignedInWithNewSessionIdAndSentToRide() throws Exception {
        given(cognito.completeNewPassword(USERNAME, CHALLENGE_SESSION, NEW_PASSWORD))
                .willReturn(TestTokens.authenticated());
        MockHttpSession session = withChallenge();
        String challengeSessionId = session.getId();

        choose(NEW_PASSWORD, NEW_PASSWORD, session).andExpect(redirectedUrl("/ride"));

        assertThat(session.getId()).isNotEqualTo(challengeSessionId);
        assertThat(session.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE)).isNull();
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((SignedInUser) context.getAuthentication().getPrincipal()).email()).isEqualTo(TestTokens.EMAIL);
    }

    @Test
    void newPasswordWhenAcceptedWithSameSiteContinueThenReturnsThere() throws Exception {
        given(cognito.completeNewPassword(any(), any(), any())).willReturn(TestTokens.authenticated());

        mvc.perform(post("/new-password").with(csrf()).session(withChallenge()).param("continue", "/ride?from=email")
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/ride?from=email"));
    }

    @ParameterizedTest
    @EnumSource(value = CognitoFailureReason.class, names = {"SESSION_EXPIRED", "NOT_AUTHORIZED"})
    void newPasswordWhenChallengeExpiredThenBackToSignInWithTookTooLong(CognitoFailureReason failure) throws Exception {
        given(cognito.completeNewPassword(any(), any(), any()))
                .willThrow(new CognitoAuthException(failure, "NotAuthorizedException", null));
        MockHttpSession session = withChallenge();

        choose(NEW_PASSWORD, NEW_PASSWORD, session)
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));

        assertThat(session.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void newPasswordWithoutChallengeInSessionThenBackToSignInAndCognitoNotCalled() throws Exception {
        choose(NEW_PASSWORD, NEW_PASSWORD, new MockHttpSession())
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("notice.signInTookTooLong")));

        verify(cognito, never()).completeNewPassword(any(), any(), any());
    }

    @Test
    void newPasswordWhenItBreaksARuleThenNamesTheRuleAndEchoesNoPassword() throws Exception {
        given(cognito.completeNewPassword(any(), any(), any())).willThrow(new CognitoAuthException(
                CognitoFailureReason.INVALID_PASSWORD, "InvalidPasswordException", PasswordRule.UPPERCASE, null));

        choose("lowercase-only-1", "lowercase-only-1", withChallenge())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "This password does not meet this rule: An uppercase letter (A-Z).")))
                .andExpect(content().string(not(containsString("lowercase-only-1"))))
                .andExpect(content().string(not(containsString(CHALLENGE_SESSION))));
    }

    @Test
    void newPasswordWhenPasswordsDifferThenSaysSoAndCognitoNotCalled() throws Exception {
        choose(NEW_PASSWORD, NEW_PASSWORD + "x", withChallenge())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords do not match.")));

        verify(cognito, never()).completeNewPassword(any(), any(), any());
    }

    @Test
    void newPasswordWhenCognitoUnreachableThenSaysTryAgainAndKeepsTheChallenge() throws Exception {
        given(cognito.completeNewPassword(any(), any(), any()))
                .willThrow(new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));
        MockHttpSession session = withChallenge();

        choose(NEW_PASSWORD, NEW_PASSWORD, session)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We could not reach our sign-in service.")));

        assertThat(session.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE)).isNotNull();
    }

    @Test
    void newPasswordWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/new-password").session(withChallenge())
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());

        verify(cognito, never()).completeNewPassword(any(), any(), any());
    }

    private ResultActions choose(String password, String confirm, MockHttpSession session) throws Exception {
        return mvc.perform(post("/new-password").with(csrf()).session(session)
                .param("password", password).param("confirmPassword", confirm));
    }

    private static MockHttpSession withChallenge() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE,
                new NewPasswordChallenge(USERNAME, CHALLENGE_SESSION, Instant.now()));
        return session;
    }
}
