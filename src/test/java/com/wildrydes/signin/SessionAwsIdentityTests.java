package com.wildrydes.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.wildrydes.cognito.identity.AwsIdentityException;
import com.wildrydes.cognito.identity.CallerIdentity;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.cognito.identity.RiderCredentials;
import com.wildrydes.localpool.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The rider's AWS credentials in the session: fetched at sign-in, renewed near expiry, retried after a failure. */
class SessionAwsIdentityTests {

    static final SignedInUser RIDER = TestTokens.signedInRider();
    static final String ID_TOKEN = RIDER.tokens().idToken();

    final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    final CognitoIdentityService identities = mock(CognitoIdentityService.class);
    final SessionAwsIdentity awsIdentity = new SessionAwsIdentity(identities, clock);
    final MockHttpSession session = new MockHttpSession();

    @Test
    void obtainWhenIdentityPoolAnswersThenCredentialsKeptInTheSession() {
        RiderCredentials credentials = credentialsFor(Duration.ofHours(1));
        given(identities.hasIdentityPool()).willReturn(true);
        given(identities.credentialsFor(ID_TOKEN)).willReturn(credentials);

        awsIdentity.obtain(RIDER, session);

        assertThat(session.getAttribute(SessionAwsIdentity.CREDENTIALS)).isEqualTo(credentials);
    }

    @Test
    void obtainWhenIdentityPoolFailsThenNothingKeptAndSignInGoesOn() {
        given(identities.hasIdentityPool()).willReturn(true);
        given(identities.credentialsFor(ID_TOKEN)).willThrow(failure());

        awsIdentity.obtain(RIDER, session);

        assertThat(session.getAttribute(SessionAwsIdentity.CREDENTIALS)).isNull();
    }

    @Test
    void obtainWhenNoIdentityPoolThenNothingAsked() {
        awsIdentity.obtain(RIDER, session);

        assertThat(awsIdentity.current(RIDER, session)).isEmpty();
        verify(identities, never()).credentialsFor(any());
    }

    @Test
    void currentWhenMoreThanFiveMinutesLeftThenTheKeptCredentialsWithoutAsking() {
        RiderCredentials kept = signedInWith(credentialsFor(Duration.ofMinutes(6)));

        assertThat(awsIdentity.current(RIDER, session)).contains(kept);

        verify(identities, never()).credentialsFor(any());
    }

    @Test
    void currentWhenFewerThanFiveMinutesLeftThenRenewedWithTheCurrentIdToken() {
        signedInWith(credentialsFor(Duration.ofMinutes(6)));
        RiderCredentials renewed = credentialsFor(Duration.ofHours(1).plusMinutes(2));
        given(identities.credentialsFor(ID_TOKEN)).willReturn(renewed);
        clock.advance(Duration.ofMinutes(2));

        assertThat(awsIdentity.current(RIDER, session)).contains(renewed);
        assertThat(session.getAttribute(SessionAwsIdentity.CREDENTIALS)).isEqualTo(renewed);
    }

    @Test
    void currentWhenRenewalFailsThenTheOldCredentialsUntilTheyExpireThenNone() {
        RiderCredentials kept = signedInWith(credentialsFor(Duration.ofMinutes(4)));
        given(identities.credentialsFor(ID_TOKEN)).willThrow(failure());

        assertThat(awsIdentity.current(RIDER, session)).as("still good for 4 minutes").contains(kept);
        clock.advance(Duration.ofMinutes(4));
        assertThat(awsIdentity.current(RIDER, session)).as("expired").isEmpty();
        assertThat(session.getAttribute(SessionAwsIdentity.CREDENTIALS)).isNull();
    }

    @Test
    void currentWhenTheSignInAttemptFailedThenAReloadAsksAgain() {
        given(identities.hasIdentityPool()).willReturn(true);
        RiderCredentials later = credentialsFor(Duration.ofHours(1));
        given(identities.credentialsFor(ID_TOKEN)).willThrow(failure()).willReturn(later);

        awsIdentity.obtain(RIDER, session);

        assertThat(awsIdentity.current(RIDER, session)).contains(later);
    }

    @Test
    void sessionWhenSerialisedAndReadBackThenTheSameRiderAndCredentials() throws Exception {
        RiderCredentials kept = signedInWith(credentialsFor(Duration.ofHours(1)));
        HashMap<String, Serializable> attributes = new HashMap<>();
        attributes.put(SessionAwsIdentity.CREDENTIALS, (Serializable) session.getAttribute(SessionAwsIdentity.CREDENTIALS));
        attributes.put("rider", RIDER);

        Map<?, ?> readBack = (Map<?, ?>) roundTrip(attributes);

        assertThat(readBack.get(SessionAwsIdentity.CREDENTIALS)).isEqualTo(kept).isNotSameAs(kept);
        assertThat(readBack.get("rider")).isEqualTo(RIDER);
    }

    @Test
    void knownCallerWhenRememberedForTheseCredentialsThenGivenAndSerialisable() throws Exception {
        RiderCredentials credentials = credentialsFor(Duration.ofHours(1));
        CallerIdentity caller = new CallerIdentity("000000000000",
                "arn:aws:sts::000000000000:assumed-role/WildRydesRider/CognitoIdentityCredentials", "AROA1:CognitoIdentityCredentials");

        awsIdentity.rememberCaller(credentials, caller, session);

        assertThat(awsIdentity.knownCaller(credentials, session)).contains(caller);
        assertThat(roundTrip((Serializable) session.getAttribute(SessionAwsIdentity.CALLER)))
                .isEqualTo(session.getAttribute(SessionAwsIdentity.CALLER));
    }

    @Test
    void knownCallerWhenCredentialsRenewedThenNoneUntilStsIsAskedAgain() {
        RiderCredentials first = credentialsFor(Duration.ofHours(1));
        RiderCredentials renewed = new RiderCredentials(first.identityId(), "ASIAWILDRYDESRIDER02", "other-secret",
                "other-token", first.expiration().plusSeconds(3600));
        awsIdentity.rememberCaller(first, new CallerIdentity("000000000000", "arn:first", "id"), session);

        assertThat(awsIdentity.knownCaller(renewed, session)).isEmpty();
        assertThat(awsIdentity.knownCaller(first, session)).isPresent();
    }

    private RiderCredentials signedInWith(RiderCredentials credentials) {
        given(identities.hasIdentityPool()).willReturn(true);
        session.setAttribute(SessionAwsIdentity.CREDENTIALS, credentials);
        return credentials;
    }

    private RiderCredentials credentialsFor(Duration life) {
        return new RiderCredentials("ap-northeast-2:0f1e2d3c-4b5a-4968-8776-655443322110", "ASIAWILDRYDESRIDER01",
                "secret-" + life, "session-token-" + life, clock.instant().plus(life));
    }

    private static AwsIdentityException failure() {
        return new AwsIdentityException("GetId", "InternalErrorException", null);
    }

    private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
