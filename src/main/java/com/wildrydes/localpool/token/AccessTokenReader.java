package com.wildrydes.localpool.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.token.InvalidAccessTokenException.Reason;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Verifies an access token this pool issued: RS256 with its own key, {@code token_use=access}, the
 * expected issuer, not expired. Revocation is the caller's business (it knows the store).
 */
public final class AccessTokenReader {

    /** Far above any token this pool signs; stops a huge header from costing a parse. */
    private static final int MAX_TOKEN_LENGTH = 16_384;

    private final SigningKeys keys;
    private final Clock clock;
    private volatile JWSVerifier verifier; // made on first use: the key may still be being generated at start-up

    public AccessTokenReader(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @throws InvalidAccessTokenException when the token is malformed, tampered, foreign, misused or expired */
    public AccessTokenClaims read(String accessToken, String expectedIssuer) {
        try {
            JWTClaimsSet claims = verifiedClaims(accessToken);
            if (!"access".equals(claims.getStringClaim("token_use"))) {
                throw new InvalidAccessTokenException(Reason.WRONG_TOKEN_USE);
            }
            if (expectedIssuer == null || !expectedIssuer.equals(claims.getIssuer())) {
                throw new InvalidAccessTokenException(Reason.WRONG_ISSUER);
            }
            Instant expiresAt = instant(claims.getExpirationTime());
            if (expiresAt == null || !clock.instant().isBefore(expiresAt)) {
                throw new InvalidAccessTokenException(Reason.EXPIRED);
            }
            return new AccessTokenClaims(claims.getSubject(), claims.getStringClaim("username"),
                    claims.getStringClaim("client_id"), claims.getJWTID(), claims.getStringClaim("origin_jti"),
                    instant(claims.getIssueTime()), expiresAt);
        } catch (ParseException e) {
            throw new InvalidAccessTokenException(Reason.MALFORMED);
        }
    }

    private JWTClaimsSet verifiedClaims(String accessToken) throws ParseException {
        if (accessToken == null || accessToken.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidAccessTokenException(Reason.MALFORMED);
        }
        SignedJWT jwt = SignedJWT.parse(accessToken);
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !keys.keyId().equals(header.getKeyID())) {
            throw new InvalidAccessTokenException(Reason.BAD_SIGNATURE);
        }
        try {
            if (!jwt.verify(verifier())) {
                throw new InvalidAccessTokenException(Reason.BAD_SIGNATURE);
            }
        } catch (JOSEException e) {
            throw new InvalidAccessTokenException(Reason.BAD_SIGNATURE);
        }
        return jwt.getJWTClaimsSet();
    }

    private JWSVerifier verifier() {
        JWSVerifier made = verifier;
        if (made == null) {
            try {
                made = new RSASSAVerifier(keys.signingKey().toRSAPublicKey());
            } catch (JOSEException e) {
                throw new IllegalStateException("The signing key has no usable public part", e);
            }
            verifier = made; // two threads racing here make two equal verifiers, which is harmless
        }
        return made;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
