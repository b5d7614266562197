package com.wildrydes.ride;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
import com.wildrydes.cognito.identity.AwsIdentityException;
import com.wildrydes.cognito.identity.CallerIdentity;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.cognito.identity.RiderCredentials;
import com.wildrydes.signin.SessionAwsIdentity;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.signin.TestTokens;
import com.wildrydes.system.SecurityConfiguration;
import java.time.Instant;
import java.util.Optional;
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

    static final String IDENTITY_ID = "ap-northeast-2:0f1e2d3c-4b5a-4968-8776-655443322110";
    static final String CALLER_ARN = "arn:aws:sts::123456789012:assumed-role/WildRydesRider/CognitoIdentityCredentials";

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

    @Test
    void rideWhenIdentityPoolGaveCredentialsThenAwsIdentitySectionWithAssumedRoleButNoSecret() throws Exception {
        RiderCredentials credentials = givenCredentials();
        given(identities.callerIdentity(credentials)).willReturn(new CallerIdentity("123456789012", CALLER_ARN,
                "AROAWILDRYDESRIDER01:CognitoIdentityCredentials"));

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your AWS identity")))
                .andExpect(content().string(containsString("<code id=\"aws-identity-id\">" + IDENTITY_ID + "</code>")))
                .andExpect(content().string(containsString("<time datetime=\"2026-12-01T10:00:00Z\">December 1, 2026")))
                .andExpect(content().string(containsString("<code id=\"aws-caller-arn\">" + CALLER_ARN + "</code>")))
                .andExpect(content().string(containsString("<code id=\"aws-caller-account\">123456789012</code>")))
                .andExpect(content().string(not(containsString(credentials.secretKey()))))
                .andExpect(content().string(not(containsString(credentials.sessionToken()))))
                .andExpect(content().string(not(containsString(credentials.accessKeyId()))));
    }

    @Test
    void rideWhenStsAlreadyAnsweredForTheseCredentialsThenShownWithoutAskingAgain() throws Exception {
        RiderCredentials credentials = givenCredentials();
        CallerIdentity known = new CallerIdentity("123456789012", CALLER_ARN, "AROAWILDRYDESRIDER01:CognitoIdentityCredentials");
        given(awsIdentity.knownCaller(eq(credentials), any())).willReturn(Optional.of(known));

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("<code id=\"aws-caller-arn\">" + CALLER_ARN + "</code>")));
        verify(identities, never()).callerIdentity(any());
    }

    @Test
    void rideWhenStsAnswersThenTheAnswerIsRememberedForTheseCredentials() throws Exception {
        RiderCredentials credentials = givenCredentials();
        CallerIdentity caller = new CallerIdentity("123456789012", CALLER_ARN, "AROAWILDRYDESRIDER01:CognitoIdentityCredentials");
        given(identities.callerIdentity(credentials)).willReturn(caller);

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk());
        verify(awsIdentity).rememberCaller(eq(credentials), eq(caller), any());
    }

    @Test
    void rideWhenKoreanThenCredentialsExpiryInKorean() throws Exception {
        givenCredentials();

        mvc.perform(get("/ride").param("lang", "ko").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("내 AWS 자격 증명")))
                .andExpect(content().string(containsString("2026년 12월 1일")));
    }

    @Test
    void rideWhenStsGivesNoAnswerThenCredentialsShownAndAFriendlyLineForTheCaller() throws Exception {
        RiderCredentials credentials = givenCredentials();
        given(identities.callerIdentity(credentials)).willThrow(
                new AwsIdentityException("GetCallerIdentity", "ApiCallTimeoutException", null));

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(IDENTITY_ID)))
                .andExpect(content().string(containsString(
                        "AWS did not say who these credentials are just now. Reload the page to ask again.")))
                .andExpect(content().string(not(containsString("aws-caller-arn"))));
    }

    @Test
    void rideWhenIdentityPoolUnavailableThenSaysSoAndThatAReloadTriesAgain() throws Exception {
        given(awsIdentity.hasIdentityPool()).willReturn(true);
        given(awsIdentity.current(any(), any())).willReturn(Optional.empty());

        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are authenticated")))
                .andExpect(content().string(containsString(
                        "Your AWS identity is unavailable just now. Reload the page to try again.")))
                .andExpect(content().string(not(containsString("aws-identity-id"))));
        verify(identities, never()).callerIdentity(any());
    }

    @Test
    void rideWhenNoIdentityPoolThenHowToAddOne() throws Exception {
        mvc.perform(get("/ride").with(authentication(TestTokens.riderAuthentication())))
                .andExpect(content().string(containsString("This site has no identity pool yet")))
                .andExpect(content().string(containsString("provision --with-identity-pool")))
                .andExpect(content().string(containsString("<code>COGNITO_IDENTITY_POOL_ID</code>")));
        verify(awsIdentity, never()).current(any(), any());
    }

    private RiderCredentials givenCredentials() {
        RiderCredentials credentials = new RiderCredentials(IDENTITY_ID, "ASIAWILDRYDESRIDER01",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYRIDERSECRET", "IQoJb3JpZ2luX2VjEWildRydesSessionToken",
                Instant.parse("2026-12-01T10:00:00Z"));
        given(awsIdentity.hasIdentityPool()).willReturn(true);
        given(awsIdentity.current(any(), any())).willReturn(Optional.of(credentials));
        return credentials;
    }
}
