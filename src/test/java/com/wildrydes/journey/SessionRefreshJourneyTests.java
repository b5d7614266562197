package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Silent refresh with tokens that live seconds (the site's app client shortened through UpdateUserPoolClient):
 * the rider stays on /ride while the pool renews the tokens, and is sent to sign in once they are revoked.
 */
class SessionRefreshJourneyTests extends SiteWithLocalPool {

    static final int TOKEN_LIFE_SECONDS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

    UserPoolClientType appClientAsItWas;

    @BeforeEach
    void shortenTokenLife() {
        appClientAsItWas = pool().appClient();
        pool().shortenTokenLife(TOKEN_LIFE_SECONDS);
    }

    @AfterEach
    void restoreTokenLife() {
        pool().restore(appClientAsItWas); // the context, and so the pool, is shared with other journeys
    }

    @Test
    void rideWhenAccessTokenExpiredThenRefreshedSilentlyAndStaysOnRide() {
        String email = newEmail("steady");
        registerAndVerify(email, PASSWORD);
        Page first = visitor.follow(signIn(email, PASSWORD));
        assertThat(first.status()).isEqualTo(200);
        waitUntilExpired(first.idToken());

        Page later = visitor.get("/ride");

        assertThat(later.status()).isEqualTo(200);
        assertThat(later.location()).isNull();
        assertThat(later.body()).contains(email);
        assertThat(later.idToken()).isNotEqualTo(first.idToken());
        assertThat(expiryOf(later.idToken())).isAfter(expiryOf(first.idToken()));
    }

    @Test
    void rideWhenTokensRevokedBehindTheSiteThenSessionEndsAndSignInReturnsToRide() {
        String email = newEmail("revoked");
        registerAndVerify(email, PASSWORD);
        Page ride = visitor.follow(signIn(email, PASSWORD));
        pool().signOutEverywhere(pool().signIn(email, PASSWORD).accessToken());
        waitUntilExpired(ride.idToken());

        Page ended = visitor.get("/ride");

        assertThat(ended.path()).isEqualTo("/signin");
        assertThat(visitor.follow(ended).body()).contains("Your session has ended, please sign in again.");
        Page again = signIn(email, PASSWORD);
        assertThat(again.path()).isEqualTo("/ride");
        assertThat(visitor.follow(again).status()).isEqualTo(200);
    }

    /** Polls the wall clock (the pool's tokens use it) until the token's exp has passed, within a bound. */
    private static void waitUntilExpired(String jwt) {
        Instant expiresAt = expiryOf(jwt);
        Instant giveUpAt = Instant.now().plus(LONGEST_WAIT);
        while (!Instant.now().isAfter(expiresAt.plusMillis(500))) {
            assertThat(Instant.now()).as("token expiry within %s", LONGEST_WAIT).isBefore(giveUpAt);
            sleep(Duration.ofMillis(200));
        }
    }

    private static Instant expiryOf(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a token to expire", e);
        }
    }
}
