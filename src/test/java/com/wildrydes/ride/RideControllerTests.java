package com.wildrydes.ride;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.signin.SessionAwsIdentity;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.signin.TestTokens;
import com.wildrydes.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The ride page, and the round trip an anonymous visitor makes through sign-in to reach it. */
@WebMvcTest(controllers = RideController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = ".*signin\\.SignInController")) // package-private there, so named by pattern
@Import({SecurityConfiguration.class, SignedInSession.class})
class RideControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    SessionAwsIdentity awsIdentity;

    @MockitoBean
    CognitoIdentityService identities;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @Test
    void rideWhenSignedInThenShowsWhoWithTokenClaimsAndSignOut() throws Exception {
        String idToken = TestTokens.forRider().idToken();

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are authenticated")))
                .andExpect(content().string(containsString(TestTokens.EMAIL)))
                .andExpect(content().string(containsString(TestTokens.SUB)))
                .andExpect(content().string(containsString("<summary class=\"button button--secondary token__toggle\">"
                        + "Click to see your auth token</summary>")))
                .andExpect(content().string(containsString(idToken)))
                .andExpect(content().string(containsString("<code>cognito:groups</code>")))
                .andExpect(content().string(containsString("2026-11-27 09:05:03 UTC")))
                .andExpect(content().string(containsString("<form class=\"ride__signout\" method=\"post\" action=\"/signout\">"
                        + "<input type=\"hidden\" name=\"_csrf\"")));
    }

    @Test
    void rideWhenSignedInThenHeaderOffersRideAndSignOutNotSignIn() throws Exception {
        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/ride\">Ride</a>")))
                .andExpect(content().string(containsString(">Sign out</button>")))
                .andExpect(content().string(not(containsString("href=\"/signin\""))));
    }

    @Test
    void rideWhenAnonymousThenSignInAndAfterwardsBackToTheRidePage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/ride?from=email").session(session))
                .andExpect(redirectedUrl("/signin"));
        given(cognito.signIn(TestTokens.EMAIL, "Correct-Horse-9"))
                .willReturn(TestTokens.authenticated());

        mvc.perform(post("/signin").session(session).with(csrf())
                        .param("email", TestTokens.EMAIL).param("password", "Correct-Horse-9"))
                .andExpect(redirectedUrl("/ride?from=email"));

        mvc.perform(get("/ride").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are authenticated")));
    }

    @Test
    void ridePageInKoreanWhenAsked() throws Exception {
        mvc.perform(get("/ride").param("lang", "ko").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("인증되었습니다")))
                .andExpect(content().string(containsString("눌러서 인증 토큰 보기")));
    }
}
