package com.wildrydes.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.signin.TestTokens;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(VerificationController.class)
@Import(SecurityConfiguration.class)
class VerificationControllerTests {

    private static final String EMAIL = "newcomer@example.com";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    CognitoRegistration registration;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @MockitoBean
    SignedInSession signedInSession;

    @Test
    void verifyPageAsksForSixDigitsWithANumericOneTimeCodeField() throws Exception {
        mvc.perform(get("/verify").flashAttr("email", EMAIL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("inputmode=\"numeric\"")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(containsString("pattern=\"[0-9]{6}\"")))
                .andExpect(content().string(containsString("formaction=\"/verify/resend\"")))
                .andExpect(content().string(not(containsString("/local/outbox"))));
    }

    @Test
    void verifyWhenCodeRightThenSentToSignInWithEmailAndVerifiedNotice() throws Exception {
        verifyWith(EMAIL, "123 456")
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.verified")));

        verify(registration).confirmSignUp(EMAIL, "123456", null);
    }

    @Test
    void verifyWhenCodeNotSixDigitsThenErrorNextToCodeAndNothingSent() throws Exception {
        verifyWith(EMAIL, "12ab")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"code-error\">The code is 6 digits, like 123456.</p>")));

        verify(registration, never()).confirmSignUp(any(), any(), any());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CODE_MISMATCH     | That code is not right or has expired.",
        "EXPIRED_CODE      | That code is not right or has expired.",
        "USER_NOT_FOUND    | That code is not right or has expired.",
        "ALREADY_CONFIRMED | That code is not right or has expired.",
        "CODE_USED_UP      | Too many wrong tries: this code no longer works.",
        "TOO_MANY_ATTEMPTS | Too many attempts, try again shortly.",
        "UNAVAILABLE       | We could not reach our sign-in service."})
    void verifyWhenCognitoRefusesThenExplainsAndKeepsInput(CognitoFailureReason failure, String message) throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null)).given(registration).confirmSignUp(any(), any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("value=\"654321\"")));
    }

    @ParameterizedTest
    @EnumSource(value = CognitoFailureReason.class,
            names = {"CODE_MISMATCH", "EXPIRED_CODE", "USER_NOT_FOUND", "ALREADY_CONFIRMED", "NOT_AUTHORIZED"})
    void verifyWhenCodeWrongOrOldOrNoSuchAccountOrVerifiedThenTheSameWordsAndResendOffered(CognitoFailureReason failure)
            throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null)).given(registration).confirmSignUp(any(), any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right or has expired. Check the latest "
                        + "email from us, or press Resend code for a new one. Already verified? Sign in.")))
                .andExpect(content().string(containsString("button--primary")))
                .andExpect(content().string(containsString("Need a new code?")));
    }

    @Test
    void verifyWhenCodeUsedUpThenSaysSoAndOffersSendANewCodeWithTheEmailKept() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.CODE_USED_UP, "LimitExceededException", null))
                .given(registration).confirmSignUp(any(), any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many wrong tries: this code no longer works.")))
                .andExpect(content().string(containsString("formaction=\"/verify/resend\"")))
                .andExpect(content().string(containsString(">Send a new code</button>")))
                .andExpect(content().string(containsString("button--primary")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")));
    }

    @Test
    void resendThenBackToVerifyWithANoticeThatNamesNoAddress() throws Exception {
        given(registration.resendConfirmationCode(EMAIL)).willReturn(new CodeDelivery("n***@e***", "EMAIL"));

        mvc.perform(post("/verify/resend").with(csrf()).param("email", EMAIL).param("code", ""))
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.verifyCodeMaybeSent")));
    }

    @ParameterizedTest
    @EnumSource(value = CognitoFailureReason.class, names = {"USER_NOT_FOUND", "ALREADY_CONFIRMED", "NOT_AUTHORIZED"})
    void resendWhenNoSuchAccountOrAlreadyVerifiedThenTheSameAsWhenSent(CognitoFailureReason failure) throws Exception {
        given(registration.resendConfirmationCode(any()))
                .willThrow(new CognitoAuthException(failure, "SomeException", null));

        mvc.perform(post("/verify/resend").with(csrf()).param("email", EMAIL).param("code", ""))
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.verifyCodeMaybeSent")));
    }

    @Test
    void resendWhenEmailBlankThenAsksForItAndSendsNothing() throws Exception {
        mvc.perform(post("/verify/resend").with(csrf()).param("email", " ").param("code", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address.")))
                .andExpect(content().string(not(containsString("code-error"))));

        verify(registration, never()).resendConfirmationCode(any());
    }

    @Test
    void resendWhenTooManyThenSaysTryAgainShortly() throws Exception {
        given(registration.resendConfirmationCode(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.TOO_MANY_ATTEMPTS, "LimitExceededException", null));

        mvc.perform(post("/verify/resend").with(csrf()).param("email", EMAIL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many attempts, try again shortly.")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")));
    }

    @Test
    void verifyWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/verify").param("email", EMAIL).param("code", "123456"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verify/resend").param("email", EMAIL))
                .andExpect(status().isForbidden());

        verify(registration, never()).confirmSignUp(any(), any(), any());
        verify(registration, never()).resendConfirmationCode(any());
    }

    @Test
    void verifyWhenThisBrowserSignedUpThenConfirmsWithSignUpSessionSignsInAndLandsOnRide() throws Exception {
        MockHttpSession browser = signedUpAs(EMAIL);
        given(registration.confirmSignUp(EMAIL, "123456", "signup-session-secret"))
                .willReturn(Optional.of("confirm-session-secret"));
        given(cognito.signInAfterSignUp(EMAIL, "confirm-session-secret")).willReturn(TestTokens.authenticated());

        mvc.perform(post("/verify").with(csrf()).session(browser).param("email", EMAIL).param("code", "123456"))
                .andExpect(redirectedUrl("/ride"));

        verify(signedInSession).begin(eq(SignedInUser.of(TestTokens.authenticated())), any(), any());
        assertThat(browser.getAttribute(SignUpSession.SESSION_ATTRIBUTE)).isNull();
    }

    @Test
    void verifyWhenSignInAfterSignUpRefusedThenSignInPageWithVerifiedNotice() throws Exception {
        MockHttpSession browser = signedUpAs(EMAIL);
        given(registration.confirmSignUp(EMAIL, "123456", "signup-session-secret"))
                .willReturn(Optional.of("confirm-session-secret"));
        given(cognito.signInAfterSignUp(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.SESSION_EXPIRED, "NotAuthorizedException", null));

        mvc.perform(post("/verify").with(csrf()).session(browser).param("email", EMAIL).param("code", "123456"))
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.verified")));

        verify(signedInSession, never()).begin(any(), any(), any());
    }

    @Test
    void verifyWhenCodeWrongThenSignUpSessionKeptForTheRightOne() throws Exception {
        MockHttpSession browser = signedUpAs(EMAIL);
        willThrow(new CognitoAuthException(CognitoFailureReason.CODE_MISMATCH, "CodeMismatchException", null))
                .given(registration).confirmSignUp(EMAIL, "000000", "signup-session-secret");

        mvc.perform(post("/verify").with(csrf()).session(browser).param("email", EMAIL).param("code", "000000"))
                .andExpect(status().isOk());

        assertThat(browser.getAttribute(SignUpSession.SESSION_ATTRIBUTE))
                .isEqualTo(new SignUpSession(EMAIL, "signup-session-secret"));
    }

    @Test
    void verifyWhenSignUpSessionIsForAnotherEmailThenNotSentAndKept() throws Exception {
        MockHttpSession browser = signedUpAs("someone.else@example.com");

        mvc.perform(post("/verify").with(csrf()).session(browser).param("email", EMAIL).param("code", "123456"))
                .andExpect(redirectedUrl("/signin"));

        verify(registration).confirmSignUp(EMAIL, "123456", null);
        assertThat(browser.getAttribute(SignUpSession.SESSION_ATTRIBUTE)).isNotNull();
    }

    private static MockHttpSession signedUpAs(String email) {
        MockHttpSession browser = new MockHttpSession();
        browser.setAttribute(SignUpSession.SESSION_ATTRIBUTE, new SignUpSession(email, "signup-session-secret"));
        return browser;
    }

    private ResultActions verifyWith(String email, String code) throws Exception {
        return mvc.perform(post("/verify").with(csrf()).param("email", email).param("code", code));
    }
}
