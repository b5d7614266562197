package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.signin.TestTokens;
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

@WebMvcTest(AccountController.class)
@Import(SecurityConfiguration.class)
class AccountControllerTests {

    private static final String CURRENT = "Old-Unicorn-Pass-1";
    private static final String NEW_PASSWORD = "New-Unicorn-Pass-2";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasswords cognito;

    @MockitoBean // none, as for a rider who never added one: PasskeyControllerTests covers the list
    CognitoPasskeys passkeys;

    @MockitoBean // off, as for a rider who never turned it on: AuthenticatorControllerTests covers it
    CognitoAuthenticatorApp authenticator;

    @Test
    void accountWhenSignedInThenShowsEmailVerificationAndChangePasswordForm() throws Exception {
        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>" + TestTokens.EMAIL + "</dd>")))
                .andExpect(content().string(containsString("<dd>Verified</dd>")))
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")))
                .andExpect(content().string(containsString("Your password needs")))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/account\">Account</a>")));
    }

    @Test
    void accountWhenAnonymousThenSentToSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/signin"));
    }

    @Test
    void changePasswordWhenAcceptedThenBackToAccountWithNotice() throws Exception {
        change(CURRENT, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.passwordChanged")));

        verify(cognito).changePassword(TestTokens.forRider().accessToken(), CURRENT, NEW_PASSWORD);
    }

    @Test
    void changePasswordWhenCurrentPasswordWrongThenErrorNextToIt() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.WRONG_CURRENT_PASSWORD, "NotAuthorizedException", null))
                .given(cognito).changePassword(any(), any(), any());

        change(CURRENT, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"currentPassword-error\">Your current password is not right.</p>")))
                .andExpect(content().string(not(containsString(CURRENT))))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
    }

    @Test
    void changePasswordWhenNewOneBreaksARuleThenNamesTheRule() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.INVALID_PASSWORD, "InvalidPasswordException",
                PasswordRule.MIN_LENGTH, null)).given(cognito).changePassword(any(), any(), any());

        change(CURRENT, "Sh0rt!", "Sh0rt!")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"password-error\">This password does not meet this rule: "
                        + "At least 8 characters.</p>")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOO_MANY_ATTEMPTS | Too many attempts, try again shortly.",
        "UNAVAILABLE       | We could not reach our sign-in service."})
    void changePasswordWhenCognitoRefusesThenExplains(CognitoFailureReason failure, String message) throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeException", null))
                .given(cognito).changePassword(any(), any(), any());

        change(CURRENT, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void changePasswordWhenPasswordsDifferThenSaysSoAndCognitoNotCalled() throws Exception {
        change(CURRENT, NEW_PASSWORD, NEW_PASSWORD + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords do not match.")));

        verify(cognito, never()).changePassword(any(), any(), any());
    }

    @Test
    void changePasswordWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/account").with(authentication(TestTokens.riderAuthentication()))
                        .param("currentPassword", CURRENT).param("password", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());

        verify(cognito, never()).changePassword(any(), any(), any());
    }

    private ResultActions change(String current, String password, String confirm) throws Exception {
        return mvc.perform(post("/account").with(csrf()).with(authentication(TestTokens.riderAuthentication()))
                .param("currentPassword", current).param("password", password).param("confirmPassword", confirm));
    }
}
