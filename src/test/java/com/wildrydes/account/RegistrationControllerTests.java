package com.wildrydes.account;

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

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

@WebMvcTest(RegistrationController.class)
@Import(SecurityConfiguration.class)
class RegistrationControllerTests {

    private static final String EMAIL = "newcomer@example.com";
    private static final String PASSWORD = "Giddy-Up-2026";
    private static final Pattern RULE_ITEM = Pattern.compile("<li (data-rule=[^>]*)>");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoRegistration cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void registerPageShowsThePasswordRulesBeforeAnyMistake() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password needs")))
                .andExpect(content().string(containsString("At least 8 characters")))
                .andExpect(content().string(containsString("An uppercase letter")))
                .andExpect(content().string(containsString("A lowercase letter")))
                .andExpect(content().string(containsString("A number")))
                .andExpect(content().string(containsString("A symbol")))
                .andExpect(content().string(containsString("aria-describedby=\"password-rules\"")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")))
                .andExpect(content().string(containsString("autocomplete=\"email\"")));
    }

    @Test
    void registerPageListsEveryPasswordRuleWithWhatThePageScriptTicksItBy() throws Exception {
        String page = mvc.perform(get("/register")).andReturn().getResponse().getContentAsString();

        Matcher item = RULE_ITEM.matcher(page);
        List<String> listed = new ArrayList<>();
        while (item.find()) {
            listed.add(HtmlUtils.htmlUnescape(item.group(1)).replaceAll("\\s+", " "));
        }
        assertThat(listed).containsExactly(
                "data-rule=\"MIN_LENGTH\" data-min-length=\"8\"",
                "data-rule=\"UPPERCASE\" data-pattern=\"[A-Z]\"",
                "data-rule=\"LOWERCASE\" data-pattern=\"[a-z]\"",
                "data-rule=\"NUMBER\" data-pattern=\"[0-9]\"",
                "data-rule=\"SYMBOL\" data-pattern=\"" + PasswordRule.SYMBOL.pattern() + "\"");
    }

    @Test
    void registerWhenAcceptedThenSentToVerifyWithEmailAndWhereTheCodeWent() throws Exception {
        given(cognito.signUp(EMAIL, PASSWORD)).willReturn(new CodeDelivery("n***@e***", "EMAIL"));

        register(EMAIL, PASSWORD, PASSWORD)
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attribute("email", EMAIL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("notice.codeSent", "n***@e***")));
    }

    @Test
    void registerWhenCognitoGivesSessionThenKeptServerSideForVerifyAndNotFlashed() throws Exception {
        given(cognito.signUp(EMAIL, PASSWORD)).willReturn(new CodeDelivery("n***@e***", "EMAIL", "signup-secret"));
        MockHttpSession browser = new MockHttpSession();

        mvc.perform(post("/register").with(csrf()).session(browser).param("email", EMAIL)
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/verify"))
                .andExpect(flash().attributeCount(2)); // email and notice: the session is not in the page

        assertThat(browser.getAttribute(SignUpSession.SESSION_ATTRIBUTE))
                .isEqualTo(new SignUpSession(EMAIL, "signup-secret"));
    }

    @Test
    void registerWhenPasswordsDifferThenErrorNextToConfirmAndNothingSent() throws Exception {
        register(EMAIL, PASSWORD, PASSWORD + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"confirmPassword-error\">The two passwords do not match.</p>")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(not(containsString(PASSWORD))));

        verify(cognito, never()).signUp(any(), any());
    }

    @Test
    void registerWhenEmailInvalidThenErrorNextToEmailAndNothingSent() throws Exception {
        register("not-an-email", PASSWORD, PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"field__error\" id=\"email-error\">Enter an email address like name@example.com.</p>")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));

        verify(cognito, never()).signUp(any(), any());
    }

    @Test
    void registerWhenPasswordBreaksARuleThenSaysWhichAndMarksIt() throws Exception {
        given(cognito.signUp(any(), any())).willThrow(new CognitoAuthException(CognitoFailureReason.INVALID_PASSWORD,
                "InvalidPasswordException", PasswordRule.SYMBOL, null));

        register(EMAIL, "GiddyUp2026", "GiddyUp2026")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "This password does not meet this rule: A symbol, such as ! @ # $ % ^ &amp; *.")))
                .andExpect(content().string(containsString("<li data-rule=\"SYMBOL\" class=\"rule--broken\"")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(not(containsString("GiddyUp2026"))));
    }

    @Test
    void registerWhenEmailTakenThenOffersSignInAndVerify() throws Exception {
        given(cognito.signUp(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.USERNAME_EXISTS, "UsernameExistsException", null));

        register(EMAIL, PASSWORD, PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An account with this email already exists.")))
                .andExpect(content().string(containsString("<a href=\"/signin\">Sign in</a>")))
                .andExpect(content().string(containsString("<a href=\"/verify\">verify your email</a>")))
                .andExpect(content().string(containsString("<a href=\"/forgot-password\">forgot your password?</a>")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INVALID_PASSWORD  | This password does not meet the rules below.",
        "INVALID_PARAMETER | Some of what you entered was not accepted.",
        "TOO_MANY_ATTEMPTS | Too many attempts, try again shortly.",
        "UNAVAILABLE       | We could not reach our sign-in service. Please try again in a moment.",
        "CODE_MISMATCH     | We could not reach our sign-in service. Please try again in a moment."})
    void registerWhenCognitoRefusesThenExplainsAndKeepsEmailButNotPassword(CognitoFailureReason failure, String message)
            throws Exception {
        given(cognito.signUp(any(), any())).willThrow(new CognitoAuthException(failure, "SomeException", null));

        register(EMAIL, PASSWORD, PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(not(containsString(PASSWORD))));
    }

    @Test
    void registerWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/register").param("email", EMAIL).param("password", PASSWORD)
                        .param("confirmPassword", PASSWORD))
                .andExpect(status().isForbidden());

        verify(cognito, never()).signUp(any(), any());
    }

    @Test
    void registerPageInKoreanWhenBrowserPrefersKorean() throws Exception {
        mvc.perform(get("/register").header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("계정 만들기")))
                .andExpect(content().string(containsString("8자 이상")))
                .andExpect(content().string(not(containsString("Create your account"))));
    }

    private ResultActions register(String email, String password, String confirmPassword) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("email", email).param("password", password)
                .param("confirmPassword", confirmPassword));
    }
}
