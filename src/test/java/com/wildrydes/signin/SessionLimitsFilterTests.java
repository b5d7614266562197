package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Silent refresh, refused refresh, revalidation with Cognito and the session limits, seen from a signed-in page (/ride). */
@WebMvcTest(controllers = SignInController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = ".*ride\\.RideController"), properties = "wildrydes.session.idle-timeout=20m")
@Import({SecurityConfiguration.class, SignedInSession.class, SessionLimitsConfiguration.class})
class SessionLimitsFilterTests {

    private static final String PASSWORD = "Correct-Horse-9";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean // never refuses: the rate limits have slice tests of their own
    RateLimitedForms rateLimitedForms;

    @MockitoBean // the ride page's AWS identity: no identity pool here
    SessionAwsIdentity awsIdentity;

    @MockitoBean
    CognitoIdentityService identities;

    @Test
    void whenAccessTokenExpiresWithinAMinuteThenRefreshedAndPrincipalReplaced() throws Exception {
        SignedInUser nearExpiry = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plusSeconds(30));
        SignedInUser refreshed = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plus(Duration.ofHours(1)));
        given(cognito.refresh(nearExpiry.tokens(), nearExpiry.identity()))
                .willReturn(new SignInResult.Authenticated(refreshed.tokens(), refreshed.identity()));
        MockHttpSession session = signedInAs(nearExpiry);

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        assertThat(principalIn(session)).isEqualTo(refreshed);
    }

    @Test
    void whenAccessTokenAlreadyExpiredThenRefreshed() throws Exception {
        SignedInUser expired = TestTokens.riderWhoseAccessExpiresAt(Instant.now().minusSeconds(5));
        SignedInUser refreshed = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plus(Duration.ofHours(1)));
        given(cognito.refresh(any(), any()))
                .willReturn(new SignInResult.Authenticated(refreshed.tokens(), refreshed.identity()));
        MockHttpSession session = signedInAs(expired);

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        assertThat(principalIn(session)).isEqualTo(refreshed);
    }

    @Test
    void whenAccessTokenFarFromExpiryThenNoRefreshAndIdleLimitApplied() throws Exception {
        SignedInUser fresh = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plus(Duration.ofMinutes(10)));
        MockHttpSession session = signedInAs(fresh);

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        verify(cognito, never()).refresh(any(), any());
        assertThat(principalIn(session)).isEqualTo(fresh);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(20 * 60);
    }

    @Test
    void whenRefreshRefusedThenSessionEndsSignInSaysSoAndReturnsThereAfterSigningIn() throws Exception {
        given(cognito.refresh(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, "NotAuthorizedException", null));
        MockHttpSession session = signedInAs(TestTokens.riderWhoseAccessExpiresAt(Instant.now().plusSeconds(10)));

        MvcResult ended = mvc.perform(get("/ride?from=email").session(session))
                .andExpect(redirectedUrl("/signin")).andReturn();

        assertThat(session.isInvalid()).isTrue();
        MockHttpSession next = (MockHttpSession) ended.getRequest().getSession(false);
        mvc.perform(get("/signin").session(next))
                .andExpect(content().string(containsString("Your session has ended, please sign in again.")));
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD)).willReturn(TestTokens.authenticated());
        mvc.perform(post("/signin").with(csrf()).session(next)
                        .param("email", TestTokens.EMAIL).param("password", PASSWORD))
                .andExpect(redirectedUrl("/ride?from=email"));
    }

    @Test
    void whenCognitoUnreachableAndAccessTokenStillValidThenCarriesOn() throws Exception {
        given(cognito.refresh(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));
        SignedInUser nearExpiry = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plusSeconds(30));
        MockHttpSession session = signedInAs(nearExpiry);

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        assertThat(session.isInvalid()).isFalse();
        assertThat(principalIn(session)).isEqualTo(nearExpiry);
    }

    @Test
    void whenCognitoUnreachableAndAccessTokenExpiredThenSessionEnds() throws Exception {
        given(cognito.refresh(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));
        MockHttpSession session = signedInAs(TestTokens.riderWhoseAccessExpiresAt(Instant.now().minusSeconds(1)));

        mvc.perform(get("/ride").session(session)).andExpect(redirectedUrl("/signin"));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void whenSignedInLongerThanTheAbsoluteLimitThenSessionEndsWithoutRefresh() throws Exception {
        MockHttpSession session = signedInAs(TestTokens.riderWhoseAccessExpiresAt(Instant.now().plusSeconds(3600)));
        session.setAttribute(SignedInSession.SIGNED_IN_AT, Instant.now().minus(Duration.ofDays(31)));

        mvc.perform(get("/ride").session(session)).andExpect(redirectedUrl("/signin"));

        assertThat(session.isInvalid()).isTrue();
        verify(cognito, never()).refresh(any(), any());
    }

    @Test
    void whenRevalidationDueAndCognitoNoLongerKnowsTheUserThenSessionEndsAndSignInSaysSo() throws Exception {
        given(cognito.userStillValid(TestTokens.forRider().accessToken())).willReturn(false);
        MockHttpSession session = lastCheckedAgo(TestTokens.signedInRider(), Duration.ofMinutes(2));

        MvcResult ended = mvc.perform(get("/ride").session(session)).andExpect(redirectedUrl("/signin")).andReturn();

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/signin").session((MockHttpSession) ended.getRequest().getSession(false)))
                .andExpect(content().string(containsString("Your session has ended, please sign in again.")));
    }

    @Test
    void whenRevalidationNotDueThenCognitoNotAsked() throws Exception {
        MockHttpSession session = lastCheckedAgo(TestTokens.signedInRider(), Duration.ofSeconds(30));

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        verify(cognito, never()).userStillValid(any());
    }

    @Test
    void whenRevalidationDueAndCognitoUnavailableThenPageServedAndSessionKept() throws Exception {
        given(cognito.userStillValid(any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));
        MockHttpSession session = lastCheckedAgo(TestTokens.signedInRider(), Duration.ofMinutes(2));

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        assertThat(session.isInvalid()).isFalse();
        verify(cognito).userStillValid(any());
    }

    @Test
    void whenAccessTokenExpiredAndRevalidationDueThenTheGrantedRefreshIsTheCheck() throws Exception {
        SignedInUser expired = TestTokens.riderWhoseAccessExpiresAt(Instant.now().minusSeconds(5));
        SignedInUser refreshed = TestTokens.riderWhoseAccessExpiresAt(Instant.now().plus(Duration.ofHours(1)));
        given(cognito.refresh(any(), any()))
                .willReturn(new SignInResult.Authenticated(refreshed.tokens(), refreshed.identity()));
        MockHttpSession session = lastCheckedAgo(expired, Duration.ofMinutes(2));

        mvc.perform(get("/ride").session(session)).andExpect(status().isOk());

        verify(cognito, never()).userStillValid(any());
        assertThat((Instant) session.getAttribute(SessionRevalidation.LAST_CHECKED))
                .isAfter(Instant.now().minusSeconds(10));
    }

    @Test
    void signInRemembersWhenItHappenedForTheAbsoluteLimit() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, PASSWORD)).willReturn(TestTokens.authenticated());
        MockHttpSession session = new MockHttpSession();
        Instant before = Instant.now();

        mvc.perform(post("/signin").with(csrf()).session(session)
                .param("email", TestTokens.EMAIL).param("password", PASSWORD)).andExpect(redirectedUrl("/ride"));

        assertThat((Instant) session.getAttribute(SignedInSession.SIGNED_IN_AT)).isBetween(before, Instant.now());
    }

    private static MockHttpSession signedInAs(SignedInUser user) {
        MockHttpSession session = new MockHttpSession();
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.setAttribute(SignedInSession.SIGNED_IN_AT, Instant.now());
        return session;
    }

    private static MockHttpSession lastCheckedAgo(SignedInUser user, Duration ago) {
        MockHttpSession session = signedInAs(user);
        session.setAttribute(SessionRevalidation.LAST_CHECKED, Instant.now().minus(ago));
        return session;
    }

    private static SignedInUser principalIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (SignedInUser) context.getAuthentication().getPrincipal();
    }
}
