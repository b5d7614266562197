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
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(PasswordResetController.class)
@Import(SecurityConfiguration.class)
class PasswordResetControllerTests {

    private static final String EMAIL = "forgetful@example.com";
    private static final String NEW_PASSWORD = "Brand-New-Horse-7";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasswords cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void resetPageKeepsEmailAndAsksForCodeAndNewPasswordWithRules() throws Exception {
        mvc.perform(get("/reset-password").flashAttr("email", EMAIL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")))
                .andExpect(content().string(containsString("Your password needs")))
                .andExpect(content().string(containsString("formaction=\"/reset-password/resend\"")))
                .andExpect(content().string(not(containsString("/local/outbox"))));
    }

    @Test
    void resetWhenCodeRightThenSignInWithEmailAndPasswordChangedNotice() throws Exception {
        reset(EMAIL, "123 456", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/signin"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.passwordReset")));

        verify(cognito).confirmForgotPassword(EMAIL, "123456", NEW_PASSWORD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CODE_MISMATCH      | That code is not right or has expired.",
        "USER_NOT_FOUND     | That code is not right or has expired.",
        "EXPIRED_CODE       | That code is not right or has expired.",
        "USER_NOT_CONFIRMED | That code is not right or has expired.",
        "NOT_AUTHORIZED     | That code is not right or has expired.",
        "CODE_USED_UP       | Too many wrong tries: this code no longer works.",
        "TOO_MANY_ATTEMPTS  | Too many attempts, try again shortly.",
        "UNAVAILABLE       | We could not reach our sign-in service."})
    void resetWhenCognitoRefusesThenExplainsAndKeepsInputButNotPasswords(CognitoFailureReason failure, String message)
            throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null))
                .given(cognito).confirmForgotPassword(any(), any(), any());

        reset(EMAIL, "654321", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("value=\"654321\"")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
    }

    @ParameterizedTest
    @EnumSource(value = CognitoFailureReason.class, names = {"CODE_MISMATCH", "EXPIRED_CODE", "USER_NOT_FOUND"})
    void resetWhenCodeWrongOrOldOrNoAccountThenTheSameWordsAndANewCodeOfferedProminently(
            CognitoFailureReason failure) throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null))
                .given(cognito).confirmForgotPassword(any(), any(), any());

        reset(EMAIL, "654321", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(content().string(containsString(
                        "That code is not right or has expired. Check the latest email from us, or press Send a new "
                        + "code for a new one.")))
                .andExpect(content().string(containsString("button--primary")))
                .andExpect(content().string(containsString("Need a new code?")));
    }

    @Test
    void resetWhenCodeUsedUpThenSaysSoAndOffersANewCodeWithTheEmailKept() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.CODE_USED_UP, "LimitExceededException", null))
                .given(cognito).confirmForgotPassword(any(), any(), any());

        reset(EMAIL, "654321", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("this code no longer works")))
                .andExpect(content().string(containsString("formaction=\"/reset-password/resend\"")))
                .andExpect(content().string(containsString("button--primary")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")));
    }

    @Test
    void resetWhenPasswordBreaksARuleThenNamesTheRule() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.INVALID_PASSWORD, "InvalidPasswordException",
                PasswordRule.SYMBOL, null)).given(cognito).confirmForgotPassword(any(), any(), any());

        reset(EMAIL, "654321", "NoSymbolHere1", "NoSymbolHere1")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "This password does not meet this rule: A symbol, such as ! @ # $ % ^ &amp; *.")))
                .andExpect(content().string(containsString("rule--broken")))
                .andExpect(content().string(not(containsString("NoSymbolHere1"))));
    }

    @Test
    void resetWhenPasswordsDifferThenSaysSoAndCallsNobody() throws Exception {
        reset(EMAIL, "654321", NEW_PASSWORD, NEW_PASSWORD + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords do not match.")))
                .andExpect(content().string(containsString("value=\"654321\"")));

        verify(cognito, never()).confirmForgotPassword(any(), any(), any());
    }

    @Test
    void resendThenBackToResetPageWithTheNeutralNotice() throws Exception {
        given(cognito.forgotPassword(EMAIL)).willReturn(new CodeDelivery("f***@e***", "EMAIL"));

        mvc.perform(post("/reset-password/resend").with(csrf()).param("email", EMAIL).param("code", ""))
                .andExpect(redirectedUrl("/reset-password"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.resetCodeMaybeSent")));
    }

    @Test
    void resendWhenEmailUnknownThenTheSameNeutralNotice() throws Exception {
        given(cognito.forgotPassword(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.USER_NOT_FOUND, "UserNotFoundException", null));

        mvc.perform(post("/reset-password/resend").with(csrf()).param("email", "nobody@example.com"))
                .andExpect(redirectedUrl("/reset-password"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.resetCodeMaybeSent")));
    }

    @Test
    void resetWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/reset-password").param("email", EMAIL).param("code", "123456")
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());

        verify(cognito, never()).confirmForgotPassword(any(), any(), any());
    }

    private ResultActions reset(String email, String code, String password, String confirm) throws Exception {
        return mvc.perform(post("/reset-password").with(csrf()).param("email", email).param("code", code)
                .param("password", password).param("confirmPassword", confirm));
    }
}
