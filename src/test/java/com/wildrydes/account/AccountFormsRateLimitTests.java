package com.wildrydes.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.operations.RateLimitedRequests;
import com.wildrydes.ratelimit.RateLimitDecision;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.ratelimit.RateLimits;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every account form past its rate limit: its own page again with 429 and {@code Retry-After}, when to come
 * back, the email (and code) kept, passwords never, Cognito not called, the refusal counted by endpoint.
 */
@WebMvcTest({RegistrationController.class, VerificationController.class, ForgotPasswordController.class,
        PasswordResetController.class})
@Import({SecurityConfiguration.class, RateLimitedForms.class})
class AccountFormsRateLimitTests {

    private static final String EMAIL = "rider@example.com";
    private static final String PASSWORD = "Correct-Horse-9";
    private static final String CODE = "654321";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    CognitoRegistration registration;

    @MockitoBean
    CognitoPasswords passwords;

    @MockitoBean // verifying may sign the rider in (SignUp's Session): not what these tests look at
    SignedInSession signedInSession;

    @MockitoBean
    RateLimits limits;

    @MockitoBean
    RateLimitedRequests refusals;

    @ParameterizedTest(name = "{0} refused as {1}")
    @CsvSource({
        "/register,               REGISTER, Create your account",
        "/verify,                 VERIFY,   Verify your email",
        "/verify/resend,          RESEND,   Verify your email",
        "/forgot-password,        FORGOT,   Forgot your password?",
        "/reset-password,         RESET,    Set a new password",
        "/reset-password/resend,  FORGOT,   Set a new password"})
    void postWhenRateLimitedThenSameFormWith429RetryAfterEmailKeptAndNoPassword(String path,
            RateLimitedEndpoint endpoint, String heading) throws Exception {
        given(limits.check(eq(endpoint), eq("127.0.0.1"), eq(EMAIL)))
                .willReturn(RateLimitDecision.refusedFor(Duration.ofSeconds(59)));

        mvc.perform(post(path).with(csrf()).param("email", EMAIL).param("code", CODE)
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "59"))
                .andExpect(content().string(containsString(heading)))
                .andExpect(content().string(containsString("Too many attempts. Please wait a minute, then try again.")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(not(containsString(PASSWORD))));

        verifyNoInteractions(cognito, registration, passwords);
        verify(refusals).refused(endpoint.tag());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/verify", "/reset-password"})
    void postWhenRateLimitedThenTheCodeTypedIsKept(String path) throws Exception {
        given(limits.check(any(), any(), any())).willReturn(RateLimitDecision.refusedFor(Duration.ofMinutes(4)));

        mvc.perform(post(path).with(csrf()).param("email", EMAIL).param("code", CODE)
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "240"))
                .andExpect(content().string(containsString("Please wait 4 minutes")))
                .andExpect(content().string(containsString("value=\"" + CODE + "\"")));
    }
}
