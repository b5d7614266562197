package com.wildrydes.cognito.token;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenVerifierTests {

    private static final String POOL = "ap-northeast-2_AbC123xYz";
    private static final String CLIENT = "abcdefghijklmnopqrstuvwxyz";

    private WireMockServer jwksServer;
    private String issuer;
    private RSAKey poolKey;
    private TokenVerifier verifier;

    @BeforeEach
    void startJwks() throws JOSEException {
        jwksServer = new WireMockServer(wireMockConfig().dynamicPort());
        jwksServer.start();
        issuer = "http://127.0.0.1:" + jwksServer.port() + "/" + POOL;
        poolKey = newKey("key-1");
        serveKeys(poolKey);
        verifier = TokenVerifier.forIssuer(issuer, CLIENT);
    }

    @AfterEach
    void stopJwks() {
        jwksServer.stop();
    }

    @Test
    void verifyWhenTokensAreGenuineThenReturnsTheIdentity() throws JOSEException {
        VerifiedIdentity identity = verifier.verify(tokens(poolKey, UnaryOperator.identity(), UnaryOperator.identity()));

        assertThat(identity.sub()).isEqualTo("sub-1");
        assertThat(identity.email()).isEqualTo("rider@example.com");
        assertThat(identity.emailVerified()).isTrue();
        assertThat(identity.groups()).containsExactly("admins");
        assertThat(identity.idTokenClaims()).containsEntry("token_use", "id").containsKey("exp");
    }

    @Test
    void verifyWhenSignatureTamperedThenRefused() throws JOSEException {
        Tokens genuine = tokens(poolKey, UnaryOperator.identity(), UnaryOperator.identity());
        String[] parts = genuine.idToken().split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("sub-1", "sub-2").getBytes());
        Tokens tampered = new Tokens(parts[0] + "." + forgedPayload + "." + parts[2], genuine.accessToken(), "r", null);

        assertRefused(tampered);
    }

    @Test
    void verifyWhenSignedByUnknownKeyThenRefused() throws JOSEException {
        assertRefused(tokens(newKey("key-1"), UnaryOperator.identity(), UnaryOperator.identity()));
    }

    @Test
    void verifyWhenIssuedByAnotherPoolThenRefused() throws JOSEException {
        assertRefused(tokens(poolKey, c -> c.issuer(issuer.replace(POOL, "ap-northeast-2_Other1234")),
                UnaryOperator.identity()));
    }

    @Test
    void verifyWhenIdTokenForAnotherClientThenRefused() throws JOSEException {
        assertRefused(tokens(poolKey, c -> c.audience("another-client-id-000000000"), UnaryOperator.identity()));
    }

    @Test
    void verifyWhenAccessTokenExpiredThenRefused() throws JOSEException {
        Date longAgo = Date.from(Instant.now().minus(Duration.ofMinutes(10)));
        assertRefused(tokens(poolKey, UnaryOperator.identity(), c -> c.expirationTime(longAgo)));
    }

    @Test
    void verifyWhenTokensSwappedThenRefused() throws JOSEException {
        Tokens genuine = tokens(poolKey, UnaryOperator.identity(), UnaryOperator.identity());
        assertRefused(new Tokens(genuine.accessToken(), genuine.idToken(), "r", null));
    }

    @Test
    void verifyWhenKeyRotatesThenFetchesTheKeySetOnceMoreAndNotPerRequest() throws JOSEException {
        verifier.verify(tokens(poolKey, UnaryOperator.identity(), UnaryOperator.identity()));
        RSAKey rotated = newKey("key-2");
        serveKeys(poolKey, rotated);

        for (int i = 0; i < 5; i++) {
            verifier.verify(tokens(rotated, UnaryOperator.identity(), UnaryOperator.identity()));
            verifier.verify(tokens(poolKey, UnaryOperator.identity(), UnaryOperator.identity()));
        }

        jwksServer.verify(2, getRequestedFor(urlEqualTo("/" + POOL + "/.well-known/jwks.json")));
    }

    @Test
    void issuerWhenNoEndpointThenIsCognitosRegionalUrl() {
        CognitoSettings aws = new CognitoSettings("eu-west-1", POOL, CLIENT, null, null, null);
        CognitoSettings local = new CognitoSettings("eu-west-1", POOL, CLIENT, null, "http://127.0.0.1:9229/", null);

        assertThat(TokenVerifier.issuerFor(aws, POOL)).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/" + POOL);
        assertThat(TokenVerifier.issuerFor(local, POOL)).isEqualTo("http://127.0.0.1:9229/" + POOL);
    }

    private void assertRefused(Tokens tokens) {
        assertThatThrownBy(() -> verifier.verify(tokens))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED));
    }

    private Tokens tokens(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> idChanges,
            UnaryOperator<JWTClaimsSet.Builder> accessChanges) throws JOSEException {
        Date now = new Date();
        Date later = Date.from(Instant.now().plus(Duration.ofHours(1)));
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().subject("sub-1").issuer(issuer).audience(CLIENT)
                .claim("token_use", "id").claim("email", "rider@example.com").claim("email_verified", true)
                .claim("cognito:username", "sub-1").claim("cognito:groups", List.of("admins"))
                .issueTime(now).expirationTime(later);
        JWTClaimsSet.Builder access = new JWTClaimsSet.Builder().subject("sub-1").issuer(issuer)
                .claim("token_use", "access").claim("client_id", CLIENT).claim("username", "sub-1")
                .issueTime(now).expirationTime(later);
        return new Tokens(sign(key, idChanges.apply(id).build()), sign(key, accessChanges.apply(access).build()),
                "refresh", later.toInstant());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey(String kid) throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    private void serveKeys(RSAKey... keys) {
        JWKSet set = new JWKSet(List.of(keys));
        jwksServer.stubFor(get(urlEqualTo("/" + POOL + "/.well-known/jwks.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(set.toPublicJWKSet().toString())));
    }
}
