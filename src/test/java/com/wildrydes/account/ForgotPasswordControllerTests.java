package com.wildrydes.account;

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

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoPasswords;
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

@WebMvcTest(ForgotPasswordController.class)
@Import(SecurityConfiguration.class)
class ForgotPasswordControllerTests {

    private static final String EMAIL = "forgetful@example.com";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasswords cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void forgotPasswordPageIsPublicAndAsksForTheEmail() throws Exception {
        mvc.perform(get("/forgot-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forgot your password?")))
                .andExpect(content().string(containsString("autocomplete=\"email\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void forgotPasswordWhenAccountExistsThenResetPageWithEmailAndNeutralNotice() throws Exception {
        given(cognito.forgotPassword(EMAIL)).willReturn(new CodeDelivery("f***@e***", "EMAIL"));

        askForCode(EMAIL)
                .andExpect(redirectedUrl("/reset-password"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.resetCodeMaybeSent")));
    }

    @Test
    void forgotPasswordWhenEmailUnknownThenTheSameNeutralNotice() throws Exception {
        given(cognito.forgotPassword(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.USER_NOT_FOUND, "UserNotFoundException", null));

        askForCode("nobody@example.com")
                .andExpect(redirectedUrl("/reset-password"))
                .andExpect(flash().attribute("email", "nobody@example.com"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.resetCodeMaybeSent")));
    }

    @ParameterizedTest
    @CsvSource({"USER_NOT_CONFIRMED, UserNotConfirmedException", "USER_NOT_FOUND, InvalidParameterException",
        "NOT_AUTHORIZED, NotAuthorizedException"})
    void forgotPasswordWhenNoCodeCanBeSentThenTheSameNeutralNoticeAsForAnAccount(CognitoFailureReason failure,
            String cognitoCode) throws Exception {
        given(cognito.forgotPassword(any())).willThrow(new CognitoAuthException(failure, cognitoCode, null));

        askForCode(EMAIL)
                .andExpect(redirectedUrl("/reset-password"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.info("notice.resetCodeMaybeSent")));
    }

    @Test
    void forgotPasswordWhenTooManyAttemptsThenSaysTryAgainShortly() throws Exception {
        given(cognito.forgotPassword(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.TOO_MANY_ATTEMPTS, "LimitExceededException", null));

        askForCode(EMAIL)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many attempts, try again shortly.")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")));
    }

    @Test
    void forgotPasswordWhenEmailBlankThenAsksForItAndSendsNothing() throws Exception {
        askForCode(" ")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address.")))
                .andExpect(content().string(not(containsString("action=\"/verify/resend\""))));

        verify(cognito, never()).forgotPassword(any());
    }

    @Test
    void forgotPasswordWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/forgot-password").param("email", EMAIL)).andExpect(status().isForbidden());

        verify(cognito, never()).forgotPassword(any());
    }

    private ResultActions askForCode(String email) throws Exception {
        return mvc.perform(post("/forgot-password").with(csrf()).param("email", email));
    }
}
