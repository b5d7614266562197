package com.wildrydes.signin;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.operations.RateLimitedRequests;
import com.wildrydes.ratelimit.RateLimitDecision;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.ratelimit.RateLimits;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** POST /signin/authenticator-code past its rate limit: the form again, 429, when to come back, no Cognito call. */
@WebMvcTest(AuthenticatorSignInController.class)
@Import({SecurityConfiguration.class, SignedInSession.class, RateLimitedForms.class})
class AuthenticatorCodeRateLimitTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthenticatorApp authenticator;

    @MockitoBean
    RateLimits limits;

    @MockitoBean
    RateLimitedRequests refusals;

    @Test
    void codeWhenRateLimitedThenTheFormWith429AndRetryAfterAndNoCognitoCall() throws Exception {
        given(limits.check(RateLimitedEndpoint.AUTHENTICATOR_CODE, "127.0.0.1", "rider-id"))
                .willReturn(RateLimitDecision.refusedFor(Duration.ofSeconds(125)));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE, new AuthenticatorChallenge(false, "rider-id",
                "rider@example.com", "mfa-session", null, Instant.parse("2026-11-27T09:05:03Z")));

        mvc.perform(post("/signin/authenticator-code").with(csrf()).session(session).param("code", "123456"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "125"))
                .andExpect(content().string(containsString("Too many attempts. Please wait 3 minutes, then try again.")));

        verifyNoInteractions(authenticator);
        verify(refusals).refused("authenticator-code");
    }
}
