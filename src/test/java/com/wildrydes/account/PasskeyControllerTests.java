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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.Passkey;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.TestTokens;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({AccountController.class, PasskeyController.class})
@Import(SecurityConfiguration.class)
class PasskeyControllerTests {

    private static final String OPTIONS = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rp\":{\"id\":\"localhost\"}}";
    private static final String CREDENTIAL = "{\"id\":\"Y3JlZA\",\"type\":\"public-key\",\"response\":{}}";
    private static final String ACCESS_TOKEN = TestTokens.forRider().accessToken();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoPasskeys passkeys;

    @MockitoBean
    CognitoPasswords passwords;

    @MockitoBean
    CognitoAuthenticatorApp authenticator;

    @Test
    void accountListsEachPasskeyWithItsNameDateAndADeleteForm() throws Exception {
        given(passkeys.list(ACCESS_TOKEN)).willReturn(List.of(
                new Passkey("cred-1", "Chrome on Mac", Instant.parse("2026-11-30T10:00:00Z")),
                new Passkey("cred-2", null, Instant.parse("2026-12-01T08:00:00Z"))));

        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chrome on Mac")))
                .andExpect(content().string(containsString("Added 2026-11-30")))
                .andExpect(content().string(containsString(">Passkey</span>")))
                .andExpect(content().string(containsString("name=\"credentialId\" value=\"cred-2\"")))
                .andExpect(content().string(containsString("action=\"/account/passkeys/delete\"")))
                .andExpect(content().string(containsString("action=\"/account/passkeys/start\"")));
    }

    @Test
    void accountWithoutPasskeysSaysNoneYetAndOffersToAddOne() throws Exception {
        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("You have no passkeys yet.")))
                .andExpect(content().string(containsString(">Add a passkey</button>")));
    }

    @Test
    void accountWhenCognitoCannotListThenNoPasskeySectionAndNo5xx() throws Exception {
        given(passkeys.list(any())).willThrow(new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));

        mvc.perform(get("/account").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a passkey"))));
    }

    @Test
    void addThenTheRegistrationPageCarriesTheOptionsForTheScriptAndSaysWhatItNeeds() throws Exception {
        given(passkeys.startRegistration(ACCESS_TOKEN)).willReturn(OPTIONS);
        MockHttpSession browser = new MockHttpSession();

        mvc.perform(post("/account/passkeys/start").with(csrf()).session(browser)
                        .with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account/passkeys"));
        mvc.perform(get("/account/passkeys").session(browser).with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-passkey=\"create\"")))
                .andExpect(content().string(containsString("data-passkey-options=\"{&quot;challenge&quot;:")))
                .andExpect(content().string(containsString("<script src=\"/js/passkey.js\" defer></script>")))
                .andExpect(content().string(containsString("Passkeys need JavaScript")));
    }

    @Test
    void registrationPageWithoutAStartedRegistrationThenBackToAccount() throws Exception {
        mvc.perform(get("/account/passkeys").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/passkeys").with(csrf()).with(authentication(TestTokens.riderAuthentication()))
                        .param("credential", CREDENTIAL))
                .andExpect(redirectedUrl("/account"));

        verify(passkeys, never()).completeRegistration(any(), any());
    }

    @Test
    void addWhenThePoolHasNoPasskeysThenAccountSaysSo() throws Exception {
        given(passkeys.startRegistration(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.PASSKEYS_NOT_ENABLED, "WebAuthnNotEnabledException", null));

        mvc.perform(post("/account/passkeys/start").with(csrf()).with(authentication(TestTokens.riderAuthentication())))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("error.cognito.passkeysNotEnabled")));
    }

    @Test
    void completeWithTheBrowsersCredentialThenRegisteredAndBackToAccount() throws Exception {
        mvc.perform(post("/account/passkeys").with(csrf()).session(registering())
                        .with(authentication(TestTokens.riderAuthentication())).param("credential", CREDENTIAL))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.passkeyAdded")));

        verify(passkeys).completeRegistration(ACCESS_TOKEN, CREDENTIAL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NotAllowedError,   passkey.failure.cancelled",
        "InvalidStateError, passkey.failure.alreadyRegistered",
        "SecurityError,     passkey.failure.address"})
    void completeWhenTheBrowserGaveNoCredentialThenAccountSaysWhyAndCognitoIsNotAsked(String failure, String message)
            throws Exception {
        mvc.perform(post("/account/passkeys").with(csrf()).session(registering())
                        .with(authentication(TestTokens.riderAuthentication())).param("failure", failure))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning(message)));

        verify(passkeys, never()).completeRegistration(any(), any());
    }

    @Test
    void completeWhenCognitoRefusesAnotherSitesPasskeyThenAccountSaysSo() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.PASSKEY_REFUSED,
                "WebAuthnRelyingPartyMismatchException", null)).given(passkeys).completeRegistration(any(), any());

        mvc.perform(post("/account/passkeys").with(csrf()).session(registering())
                        .with(authentication(TestTokens.riderAuthentication())).param("credential", CREDENTIAL))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("error.cognito.passkeyRefused")));
    }

    @Test
    void deleteThenGoneAndBackToAccount() throws Exception {
        mvc.perform(post("/account/passkeys/delete").with(csrf()).with(authentication(TestTokens.riderAuthentication()))
                        .param("credentialId", "cred-1"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.passkeyDeleted")));

        verify(passkeys).delete(ACCESS_TOKEN, "cred-1");
    }

    @Test
    void deleteWithoutCsrfTokenThenForbiddenAndNothingDeleted() throws Exception {
        mvc.perform(post("/account/passkeys/delete").with(authentication(TestTokens.riderAuthentication()))
                        .param("credentialId", "cred-1"))
                .andExpect(status().isForbidden());

        verify(passkeys, never()).delete(any(), any());
    }

    @Test
    void passkeyPagesWhenSignedOutThenSignInFirst() throws Exception {
        mvc.perform(get("/account/passkeys"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
    }

    private static MockHttpSession registering() {
        MockHttpSession browser = new MockHttpSession();
        browser.setAttribute(PasskeyController.PENDING_OPTIONS, OPTIONS);
        return browser;
    }
}
