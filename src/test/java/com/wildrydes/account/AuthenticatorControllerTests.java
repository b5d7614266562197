package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.AuthenticatorSecret;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.signin.TestTokens;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest({AccountController.class, AuthenticatorController.class})
@Import(SecurityConfiguration.class)
class AuthenticatorControllerTests {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasswords cognito;

    @MockitoBean // none, as for a rider who never added one: PasskeyControllerTests covers the list
    CognitoPasskeys passkeys;

    @MockitoBean
    CognitoAuthenticatorApp authenticator;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void accountWhenTheAppIsOffThenOffersToTurnItOnAndWhenOnToTurnItOff() throws Exception {
        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("Turn on authenticator app")))
                .andExpect(content().string(containsString("action=\"/account/authenticator/start\"")));
        given(authenticator.isOn(TestTokens.forRider().accessToken())).willReturn(true);

        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("Turn off authenticator app")))
                .andExpect(content().string(containsString("action=\"/account/authenticator/off\"")));
    }

    @Test
    void accountWhenCognitoCannotTellThenNeitherButton() throws Exception {
        given(authenticator.isOn(any())).willThrow(new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));

        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("authenticator app</button>"))));
    }

    @Test
    void startThenTheSetupPageShowsTheQrCodeAndTheSecretUnderCspWithoutInlineScript() throws Exception {
        given(authenticator.associate(TestTokens.forRider().accessToken()))
                .willReturn(new AuthenticatorSecret(SECRET, null));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/account/authenticator/start").session(session).with(csrf())
                        .with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account/authenticator"));
        mvc.perform(get("/account/authenticator").session(session).with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<img class=\"authenticator__qr\" src=\"data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("JBSW Y3DP EHPK")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:")));
    }

    @Test
    void setupPageWithoutAStartedSetupThenBackToAccount() throws Exception {
        mvc.perform(get("/account/authenticator").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void turnOnWhenTheCodeIsRightThenOnWithNoticeAndTheSecretForgotten() throws Exception {
        MockHttpSession session = withSecret();

        submit("123 456", session)
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.authenticatorOn")));

        verify(authenticator).turnOn(TestTokens.forRider().accessToken(), "123456");
        org.assertj.core.api.Assertions.assertThat(session.getAttribute(AuthenticatorController.PENDING_SECRET)).isNull();
    }

    @Test
    void turnOnWhenTheCodeIsWrongThenSaysSoBesideItAndShowsTheSameSecret() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.CODE_MISMATCH, "EnableSoftwareTokenMFAException", null))
                .given(authenticator).turnOn(any(), any());

        submit("000000", withSecret())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code is not right")))
                .andExpect(content().string(containsString("JBSW Y3DP")));
    }

    @Test
    void turnOnWhenTheCodeIsNotSixDigitsThenAsksForThemWithoutCallingCognito() throws Exception {
        submit("12ab", withSecret())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is 6 digits")));

        verify(authenticator, never()).turnOn(any(), any());
    }

    @Test
    void turnOffThenBackToAccountWithNotice() throws Exception {
        mvc.perform(post("/account/authenticator/off").with(csrf()).with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.authenticatorOff")));

        verify(authenticator).turnOff(TestTokens.forRider().accessToken());
    }

    @Test
    void setupPagesWhenAnonymousThenSentToSignIn() throws Exception {
        mvc.perform(get("/account/authenticator")).andExpect(redirectedUrl("/signin"));
    }

    private MockHttpSession withSecret() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AuthenticatorController.PENDING_SECRET, SECRET);
        return session;
    }

    private ResultActions submit(String code, MockHttpSession session) throws Exception {
        return mvc.perform(post("/account/authenticator").param("code", code).session(session).with(csrf())
                .with(authentication(TestTokens.riderAuthentication())));
    }
}
