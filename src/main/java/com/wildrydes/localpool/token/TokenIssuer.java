package com.wildrydes.localpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * Signs ID and access tokens with Cognito's claim sets (RS256, a header of {@code kid} and {@code alg} only).
 * Claims Cognito adds that this pool has no use for ({@code event_id}, {@code device_key}) are left out.
 */
public final class TokenIssuer {

    static final String ACCESS_SCOPE = "aws.cognito.signin.user.admin";

    private final SigningKeys keys;
    private final Clock clock;
    private volatile JWSSigner signer; // made on first use: the key may still be being generated at start-up

    public TokenIssuer(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param issuer {@code http://127.0.0.1:<port>/<poolId>}
     */
    public IssuedTokens issue(TokenSubject subject, String issuer, Duration idValidity, Duration accessValidity) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String originJti = subject.originJti() != null ? subject.originJti() : UUID.randomUUID().toString();
        JWTClaimsSet idClaims = commonClaims(subject, issuer, now, idValidity, originJti)
                .audience(subject.clientId())
                .claim("token_use", "id")
                .claim("cognito:username", subject.username())
                .claim("email", subject.email())
                .claim("email_verified", subject.email() == null ? null : subject.emailVerified())
                .build();
        JWTClaimsSet accessClaims = commonClaims(subject, issuer, now, accessValidity, originJti)
                .claim("token_use", "access")
                .claim("client_id", subject.clientId())
                .claim("username", subject.username())
                .claim("scope", ACCESS_SCOPE)
                .build();
        return new IssuedTokens(sign(idClaims), sign(accessClaims), accessValidity.toSeconds());
    }

    private static JWTClaimsSet.Builder commonClaims(TokenSubject subject, String issuer, Instant now,
            Duration validity, String originJti) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject.sub())
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .jwtID(UUID.randomUUID().toString())
                .claim("origin_jti", originJti)
                .claim("auth_time", subject.authTime().getEpochSecond());
        if (!subject.groups().isEmpty()) {
            claims.claim("cognito:groups", subject.groups());
        }
        return claims;
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId()).build(), claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private JWSSigner signer() {
        JWSSigner made = signer;
        if (made == null) {
            try {
                made = new RSASSASigner(keys.signingKey());
            } catch (JOSEException e) {
                throw new IllegalStateException("The signing key cannot sign", e);
            }
            signer = made; // two threads racing here make two equal signers, which is harmless
        }
        return made;
    }
}
