package com.wildrydes.signin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.operations.RateLimitedRequests;
import com.wildrydes.ratelimit.RateLimitDecision;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.ratelimit.RateLimits;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** POST /signin past its rate limit: the form again, 429, when to come back, the email kept, no Cognito call. */
@WebMvcTest(SignInController.class)
@Import({SecurityConfiguration.class, SignedInSession.class, RateLimitedForms.class})
class SignInRateLimitTests {

    private static final String EMAIL = "rider@example.com";
    private static final String PASSWORD = "Correct-Horse-9";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    RateLimits limits;

    @MockitoBean
    RateLimitedRequests refusals;

    @MockitoBean
    Clock clock;

    @Test
    void signInWhenRateLimitedThenSignInFormWith429RetryAfterAndEmailKeptButNoPassword() throws Exception {
        given(limits.check(RateLimitedEndpoint.SIGN_IN, "127.0.0.1", EMAIL))
                .willReturn(RateLimitDecision.refusedFor(Duration.ofSeconds(125)));

        mvc.perform(post("/signin").with(csrf()).param("email", EMAIL).param("password", PASSWORD)
                        .param("continue", "/ride"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "125"))
                .andExpect(content().string(containsString("Too many attempts. Please wait 3 minutes, then try again.")))
                .andExpect(content().string(containsString("value=\"" + EMAIL + "\"")))
                .andExpect(content().string(containsString("name=\"continue\" value=\"/ride\"")))
                .andExpect(content().string(not(containsString(PASSWORD))));

        verifyNoInteractions(cognito);
        verify(refusals).refused("signin");
    }

    @Test
    void signInWhenRateLimitedInKoreanThenSaysSoInKorean() throws Exception {
        given(limits.check(any(), any(), any())).willReturn(RateLimitDecision.refusedFor(Duration.ofSeconds(30)));

        mvc.perform(post("/signin").with(csrf()).param("lang", "ko").param("email", EMAIL).param("password", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().string(containsString("시도가 너무 많습니다. 1분 후에 다시 시도해 주세요.")));
    }

    @Test
    void signInWhenAllowedThenGoesToCognitoAndCountsNoRefusal() throws Exception {
        given(limits.check(any(), any(), any())).willReturn(RateLimitDecision.ALLOWED);
        given(cognito.signIn(EMAIL, PASSWORD)).willReturn(TestTokens.authenticated());

        mvc.perform(post("/signin").with(csrf()).param("email", EMAIL).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());

        verify(cognito).signIn(EMAIL, PASSWORD);
        verify(refusals, never()).refused(any());
    }
}
