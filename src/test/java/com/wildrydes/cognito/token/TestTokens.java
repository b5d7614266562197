package com.wildrydes.cognito.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.cognito.config.CognitoPool;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** Cognito-shaped ID and access tokens signed by one RSA key, and verifiers that trust that key. */
public final class TestTokens {

    /** The key the default verifiers of the auth tests' {@code ServiceBuilder} trust. */
    public static final TestTokens POOL_KEY = withNewKey("pool-key-1");
    public static final String SUB = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    public static final String EMAIL = "rider@example.com";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    public static TestTokens withNewKey(String kid) {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID(kid).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer of tokens from {@code pool} on AWS in the test region. */
    public static String issuer(CognitoPool pool) {
        return "https://cognito-idp.ap-northeast-2.amazonaws.com/" + pool.userPoolId();
    }

    /** Verifiers that trust this key for any pool, with the pool's AWS issuer and client id. */
    public PoolTokenVerifiers verifiers() {
        return new PoolTokenVerifiers(pool -> new TokenVerifier(issuer(pool), pool.clientId(),
                new ImmutableJWKSet<>(publicKeys())));
    }

    public JWKSet publicKeys() {
        return new JWKSet(key).toPublicJWKSet();
    }

    public String idToken(String issuer, String clientId, UnaryOperator<JWTClaimsSet.Builder> changes) {
        return sign(changes.apply(common(issuer).audience(clientId).claim("token_use", "id")
                .claim("cognito:username", SUB).claim("email", EMAIL).claim("email_verified", true)
                .claim("cognito:groups", List.of("admins"))).build());
    }

    public String accessToken(String issuer, String clientId) {
        return accessToken(issuer, clientId, UnaryOperator.identity());
    }

    /** An access token with {@code changes} made to its claims (e.g. an expiry within the site's refresh margin). */
    public String accessToken(String issuer, String clientId, UnaryOperator<JWTClaimsSet.Builder> changes) {
        return sign(changes.apply(common(issuer).claim("token_use", "access").claim("client_id", clientId)
                .claim("username", SUB)).build());
    }

    /** An InitiateAuth/RespondToAuthChallenge answer carrying tokens of this key for {@code pool}. */
    public String authenticationResult(CognitoPool pool, String refreshToken) {
        return authenticationResult(idToken(issuer(pool), pool.clientId(), UnaryOperator.identity()),
                accessToken(issuer(pool), pool.clientId()), refreshToken);
    }

    public static String authenticationResult(String idToken, String accessToken, String refreshToken) {
        String refresh = refreshToken == null ? "" : ",\"RefreshToken\":\"" + refreshToken + "\"";
        return """
                {"AuthenticationResult":{"AccessToken":"%s","ExpiresIn":3600,"IdToken":"%s"%s,"TokenType":"Bearer"},\
                "ChallengeParameters":{}}""".formatted(accessToken, idToken, refresh);
    }

    private static JWTClaimsSet.Builder common(String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(SUB).issuer(issuer).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
