package com.wildrydes.localpool.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.user.StoredIdentity;
import com.wildrydes.localpool.token.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The OpenID Connect token of GetOpenIdToken, with Cognito Identity's claims: issuer
 * {@code https://cognito-identity.amazonaws.com}, subject the identity id, audience the identity pool id, and
 * {@code amr} saying how the identity signed in. Signed with the local pool's own key (Cognito Identity has its own),
 * so it verifies against the pool's JWKS, not against Cognito Identity's.
 */
final class OpenIdTokens {

    static final String ISSUER = "https://cognito-identity.amazonaws.com";
    /** Cognito Identity's default validity for this token. */
    static final Duration VALIDITY = Duration.ofMinutes(10);

    private final SigningKeys keys;
    private final Clock clock;

    OpenIdTokens(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    String issue(StoredIdentity identity) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<String> amr = new ArrayList<>();
        if (identity.authenticated()) {
            amr.add("authenticated");
            amr.add(identity.providerName());
            amr.add(identity.providerName() + ":CognitoSignIn:" + identity.sub());
        } else {
            amr.add("unauthenticated");
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(identity.id())
                .audience(identity.poolId()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(VALIDITY)))
                .claim("amr", amr).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an OpenID token", e);
        }
        return jwt.serialize();
    }
}
