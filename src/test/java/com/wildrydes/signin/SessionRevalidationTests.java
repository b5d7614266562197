package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.localpool.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** When a signed-in session asks Cognito about its user, and what it makes of the answer; a hand-moved clock. */
class SessionRevalidationTests {

    static final Duration INTERVAL = Duration.ofSeconds(60);
    static final SignedInUser RIDER = TestTokens.signedInRider();
    static final String ACCESS_TOKEN = RIDER.tokens().accessToken();

    final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    final CognitoAuthService cognito = mock(CognitoAuthService.class);
    final SessionRevalidation revalidation = new SessionRevalidation(cognito, INTERVAL, clock);
    final MockHttpSession session = signedInAt(clock.instant());

    @Test
    void stillValidWhenIntervalNotYetPassedSinceSignInThenCognitoNotAsked() {
        clock.advance(INTERVAL.minusSeconds(1));

        assertThat(revalidation.stillValid(RIDER, session)).isTrue();

        verify(cognito, never()).userStillValid(any());
    }

    @Test
    void stillValidWhenIntervalPassedAndCognitoVouchesThenTrueAndNextCheckOneIntervalLater() {
        given(cognito.userStillValid(ACCESS_TOKEN)).willReturn(true);
        clock.advance(INTERVAL);

        assertThat(revalidation.stillValid(RIDER, session)).isTrue();
        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(revalidation.stillValid(RIDER, session)).isTrue();

        verify(cognito, times(1)).userStillValid(ACCESS_TOKEN);
        assertThat(session.getAttribute(SessionRevalidation.LAST_CHECKED))
                .isEqualTo(Instant.parse("2026-12-01T09:01:00Z"));
    }

    @Test
    void stillValidWhenIntervalPassedAndCognitoRefusesTheUserThenFalse() {
        given(cognito.userStillValid(ACCESS_TOKEN)).willReturn(false);
        clock.advance(INTERVAL.plusSeconds(5));

        assertThat(revalidation.stillValid(RIDER, session)).isFalse();
    }

    @Test
    void stillValidWhenCognitoUnavailableThenKeepsTheSessionAndAsksAgainOnTheNextRequest() {
        given(cognito.userStillValid(ACCESS_TOKEN))
                .willThrow(new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null))
                .willThrow(new CognitoAuthException(CognitoFailureReason.TOO_MANY_ATTEMPTS, "TooManyRequestsException",
                        null))
                .willReturn(false);
        clock.advance(INTERVAL);

        assertThat(revalidation.stillValid(RIDER, session)).isTrue();
        assertThat(revalidation.stillValid(RIDER, session)).isTrue();
        assertThat(revalidation.stillValid(RIDER, session)).isFalse();

        verify(cognito, times(3)).userStillValid(ACCESS_TOKEN);
    }

    @Test
    void stillValidWhenIntervalIsZeroThenAsksOnEveryRequest() {
        SessionRevalidation everyRequest = new SessionRevalidation(cognito, Duration.ZERO, clock);
        given(cognito.userStillValid(ACCESS_TOKEN)).willReturn(true, false);

        assertThat(everyRequest.stillValid(RIDER, session)).isTrue();
        assertThat(everyRequest.stillValid(RIDER, session)).isFalse();
    }

    @Test
    void stillValidWhenCheckedAtAGrantedRefreshThenNotAskedAgainWithinTheInterval() {
        clock.advance(INTERVAL.multipliedBy(5));
        revalidation.checkedAt(session, clock.instant());
        clock.advance(INTERVAL.minusSeconds(1));

        assertThat(revalidation.stillValid(RIDER, session)).isTrue();

        verify(cognito, never()).userStillValid(any());
    }

    @Test
    void stillValidWhenSessionKnowsNoSignInTimeThenStartsTheIntervalNowWithoutAsking() {
        MockHttpSession older = new MockHttpSession();
        clock.advance(Duration.ofHours(2));

        assertThat(revalidation.stillValid(RIDER, older)).isTrue();

        verify(cognito, never()).userStillValid(any());
        assertThat(older.getAttribute(SessionRevalidation.LAST_CHECKED)).isEqualTo(clock.instant());
    }

    private static MockHttpSession signedInAt(Instant when) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SignedInSession.SIGNED_IN_AT, when);
        return session;
    }
}
