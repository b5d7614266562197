package com.wildrydes.localpool.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.IdentityExamples;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetId, GetCredentialsForIdentity and GetOpenIdToken through the AWS SDK, unsigned, authorised by ID tokens. */
class IdentityCredentialsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    CognitoIdentityClient identity;
    PoolAndClient seed;
    String identityPoolId;
    String idToken;

    @BeforeEach
    void riderSignedIn() {
        identity = IdentityExamples.identityClient(pool);
        seed = PoolExamples.seed(pool.cognito());
        identityPoolId = IdentityExamples.ridersPool(identity, seed);
        idToken = IdentityExamples.idTokenOf(pool, seed, EMAIL);
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void getIdWhenCalledTwiceForTheSameRiderThenTheSameRegionalIdentity() {
        String first = getId(idToken);
        String again = getId(IdentityExamples.idTokenOf(pool, seed, "bob@example.com"));
        String sameRiderAgain = getId(idToken);

        assertThat(first).matches(LocalPoolFixture.REGION + ":[0-9a-f-]{36}").isEqualTo(sameRiderAgain);
        assertThat(again).as("another rider, another identity").isNotEqualTo(first);
    }

    @Test
    void getCredentialsForIdentityThenTemporaryCredentialsForAnHour() {
        String identityId = getId(idToken);

        var answer = identity.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins(idToken)));

        Credentials credentials = answer.credentials();
        assertThat(answer.identityId()).isEqualTo(identityId);
        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretKey()).hasSize(40);
        assertThat(credentials.sessionToken()).hasSizeGreaterThan(100);
        assertThat(credentials.expiration()).isEqualTo(LocalPoolFixture.START.plus(Duration.ofHours(1)));
    }

    @Test
    void getIdWhenTokenTamperedThenNotAuthorized() {
        String[] parts = idToken.split("\\.");
        String otherSub = new String(Base64.getUrlDecoder().decode(parts[1])).replaceFirst("\"sub\":\"[^\"]+\"",
                "\"sub\":\"00000000-0000-0000-0000-000000000000\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(otherSub.getBytes())
                + "." + parts[2];

        assertThatThrownBy(() -> getId(tampered)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Couldn't verify signed token.");
        assertThatThrownBy(() -> getId("not-a-jwt")).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Not a valid OpenId Connect identity token.");
    }

    @Test
    void getIdWhenTokenExpiredThenNotAuthorized() {
        pool.advance(Duration.ofHours(1).plusSeconds(1));

        assertThatThrownBy(() -> getId(idToken)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Token expired:");
    }

    @Test
    void getIdWhenTokenIsFromAnotherUserPoolThenNotAuthorized() {
        PoolAndClient other = PoolExamples.seed(pool.cognito());
        String foreignToken = IdentityExamples.idTokenOf(pool, other, EMAIL);

        assertThatThrownBy(() -> identity.getId(r -> r.identityPoolId(identityPoolId)
                .logins(Map.of(IdentityExamples.providerName(other.poolId()), foreignToken))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Token is not from a supported provider of this identity pool.");
        assertThatThrownBy(() -> getId(foreignToken)).as("a foreign token under this pool's provider name")
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Issuer doesn't match providerName");
    }

    @Test
    void getIdWhenTokenIsForAnotherAppClientThenNotAuthorized() {
        PoolAndClient otherClient = PoolExamples.webApp(pool.cognito(), seed.poolId());
        String otherClientsToken = pool.cognito().initiateAuth(r -> r.clientId(otherClient.clientId())
                .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult().idToken();

        assertThatThrownBy(() -> getId(otherClientsToken)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Incorrect token audience.");
    }

    @Test
    void getIdWhenAccessTokenInsteadOfIdTokenThenNotAuthorized() {
        String accessToken = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult().accessToken();

        assertThatThrownBy(() -> getId(accessToken)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void getIdWhenNoLoginsAndUnauthenticatedIdentitiesNotAllowedThenNotAuthorized() {
        assertThatThrownBy(() -> identity.getId(r -> r.identityPoolId(identityPoolId)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void getIdWhenIdentityPoolUnknownThenResourceNotFound() {
        String unknown = LocalPoolFixture.REGION + ":00000000-0000-0000-0000-000000000000";

        assertThatThrownBy(() -> identity.getId(r -> r.identityPoolId(unknown).logins(logins(idToken))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(unknown).logins(logins(idToken))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Identity '" + unknown + "' not found.");
    }

    @Test
    void getCredentialsForIdentityWhenWithoutLoginsOrWithAnotherRidersLoginThenNotAuthorized() {
        String identityId = getId(idToken);
        String bobsToken = IdentityExamples.idTokenOf(pool, seed, "bob@example.com");

        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(identityId)))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("is forbidden");
        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(identityId)
                .logins(logins(bobsToken)))).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Logins don't match.");
    }

    @Test
    void getCredentialsForIdentityWhenPoolHasNoAuthenticatedRoleThenInvalidIdentityPoolConfiguration() {
        identity.setIdentityPoolRoles(r -> r.identityPoolId(identityPoolId).roles(Map.of()));
        String identityId = getId(idToken);

        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(identityId)
                .logins(logins(idToken)))).isInstanceOf(InvalidIdentityPoolConfigurationException.class);
    }

    @Test
    void getIdWithoutLoginsWhenPoolAllowsGuestsThenANewGuestIdentityWithTheUnauthenticatedRole() {
        String guestRole = "arn:aws:iam::123456789012:role/WildRydesGuest";
        String guests = identity.createIdentityPool(r -> r.identityPoolName("Guests").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        identity.setIdentityPoolRoles(r -> r.identityPoolId(guests).roles(Map.of("unauthenticated", guestRole)));

        String first = identity.getId(r -> r.identityPoolId(guests)).identityId();
        String second = identity.getId(r -> r.identityPoolId(guests)).identityId();
        var answer = identity.getCredentialsForIdentity(r -> r.identityId(first));

        assertThat(second).as("each signed-out visitor is a new identity").isNotEqualTo(first);
        assertThat(answer.credentials().accessKeyId()).startsWith("ASIA");
        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(first).logins(logins(idToken))))
                .as("a login this guest pool does not take is refused").isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void getOpenIdTokenThenATokenAboutTheIdentityForThePool() {
        String identityId = getId(idToken);

        var answer = identity.getOpenIdToken(r -> r.identityId(identityId).logins(logins(idToken)));

        String claims = new String(Base64.getUrlDecoder().decode(answer.token().split("\\.")[1]));
        assertThat(answer.identityId()).isEqualTo(identityId);
        assertThat(claims).contains("\"sub\":\"" + identityId + "\"", "\"aud\":\"" + identityPoolId + "\"",
                "\"iss\":\"https://cognito-identity.amazonaws.com\"", "\"authenticated\"");
    }

    private String getId(String token) {
        return identity.getId(r -> r.identityPoolId(identityPoolId).logins(logins(token))).identityId();
    }

    private Map<String, String> logins(String token) {
        return Map.of(IdentityExamples.providerName(seed.poolId()), token);
    }
}
