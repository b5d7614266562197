package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
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

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

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

        verify(cognito).confirmSignUp(EMAIL, "123456");
    }

    @Test
    void verifyWhenCodeNotSixDigitsThenErrorNextToCodeAndNothingSent() throws Exception {
        verifyWith(EMAIL, "12ab")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"code-error\">The code is 6 digits, like 123456.</p>")));

        verify(cognito, never()).confirmSignUp(any(), any());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CODE_MISMATCH     | That code is not right. Check the email and try again.",
        "EXPIRED_CODE      | This code has expired. Press Resend code to get a new one.",
        "TOO_MANY_ATTEMPTS | Too many attempts, try again shortly.",
        "USER_NOT_FOUND    | We have no account for this email.",
        "UNAVAILABLE       | We could not reach our sign-in service."})
    void verifyWhenCognitoRefusesThenExplainsAndKeepsInput(CognitoFailureReason failure, String message) throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null)).given(cognito).confirmSignUp(any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("value=\"654321\"")));
    }

    @Test
    void verifyWhenCodeExpiredThenOffersResendProminently() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.EXPIRED_CODE, "ExpiredCodeException", null))
                .given(cognito).confirmSignUp(any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(content().string(containsString("button--primary")))
                .andExpect(content().string(containsString("Need a new code?")));
    }

    @Test
    void verifyWhenAlreadyVerifiedThenSentToSignIn() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.ALREADY_CONFIRMED, "NotAuthorizedException", null))
                .given(cognito).confirmSignUp(any(), any());

        verifyWith(EMAIL, "654321")
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.alreadyVerified")));
    }

    @Test
    void resendThenBackToVerifyWithWhereTheCodeWent() throws Exception {
        given(cognito.resendConfirmationCode(EMAIL)).willReturn(new CodeDelivery("n***@e***", "EMAIL"));

        mvc.perform(post("/verify/resend").with(csrf()).param("email", EMAIL).param("code", ""))
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.codeResent", "n***@e***")));
    }

    @Test
    void resendWhenEmailBlankThenAsksForItAndSendsNothing() throws Exception {
        mvc.perform(post("/verify/resend").with(csrf()).param("email", " ").param("code", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address.")))
                .andExpect(content().string(not(containsString("code-error"))));

        verify(cognito, never()).resendConfirmationCode(any());
    }

    @Test
    void resendWhenTooManyThenSaysTryAgainShortly() throws Exception {
        given(cognito.resendConfirmationCode(any())).willThrow(
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

        verify(cognito, never()).confirmSignUp(any(), any());
        verify(cognito, never()).resendConfirmationCode(any());
    }

    private ResultActions verifyWith(String email, String code) throws Exception {
        return mvc.perform(post("/verify").with(csrf()).param("email", email).param("code", code));
    }
}
