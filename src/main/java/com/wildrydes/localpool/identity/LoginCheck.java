package com.wildrydes.localpool.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.wire.IdentityPoolShapes.CognitoIdentityProvider;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Verifies the {@code Logins} of a call the way Cognito Identity does for a user pool provider: the key names a
 * provider registered on the identity pool, and its ID token is signed by this pool's key, issued by that user
 * pool, meant for one of the app clients registered under that provider name, and not expired. The issuer is the
 * one the local pool writes into its tokens ({@code http://127.0.0.1:<port>/<userPoolId>}), which stands for
 * Cognito's {@code https://cognito-idp.<region>.amazonaws.com/<userPoolId>}. Messages are Cognito's.
 */
final class LoginCheck {

    /** Far above any token this pool signs; stops a huge value from costing a parse. */
    private static final int MAX_TOKEN_LENGTH = 16_384;

    private final SigningKeys keys;
    private final Clock clock;
    private final String issuerBase;

    LoginCheck(SigningKeys keys, Clock clock, String issuerBase) {
        this.keys = keys;
        this.clock = clock;
        this.issuerBase = issuerBase;
    }

    /** The verified login of a call, or null for a call without logins (an unauthenticated identity). */
    VerifiedLogin verify(IdentityPool pool, Map<String, String> logins) {
        if (logins == null || logins.isEmpty()) {
            return null;
        }
        if (logins.size() > 1) {
            throw refused("The local pool takes one login per call.");
        }
        Map.Entry<String, String> login = logins.entrySet().iterator().next();
        List<String> clientIds = clientIdsOf(pool, login.getKey());
        if (clientIds.isEmpty()) {
            throw refused("Token is not from a supported provider of this identity pool.");
        }
        JWTClaimsSet claims = verifiedClaims(login.getValue());
        String userPoolId = login.getKey().substring(login.getKey().lastIndexOf('/') + 1);
        if (!(issuerBase + "/" + userPoolId).equals(claims.getIssuer())) {
            throw refused("Invalid login token. Issuer doesn't match providerName");
        }
        if (claims.getAudience().stream().noneMatch(clientIds::contains)) {
            throw refused("Invalid login token. Incorrect token audience.");
        }
        Instant now = clock.instant();
        Instant expiresAt = claims.getExpirationTime() == null ? Instant.EPOCH : claims.getExpirationTime().toInstant();
        if (!now.isBefore(expiresAt)) {
            throw refused("Invalid login token. Token expired: " + now.getEpochSecond() + " >= "
                    + expiresAt.getEpochSecond());
        }
        return new VerifiedLogin(login.getKey(), claims.getSubject());
    }

    private static List<String> clientIdsOf(IdentityPool pool, String providerName) {
        List<CognitoIdentityProvider> providers = pool.cognitoIdentityProviders();
        return providers == null ? List.of() : providers.stream()
                .filter(provider -> providerName.equals(provider.providerName()))
                .map(CognitoIdentityProvider::clientId).toList();
    }

    /** Signature and {@code token_use=id}; an access token is refused here, as Cognito refuses it. */
    private JWTClaimsSet verifiedClaims(String token) {
        SignedJWT jwt;
        try {
            if (token == null || token.length() > MAX_TOKEN_LENGTH) {
                throw new ParseException("too long", 0);
            }
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw refused("Invalid login token. Not a valid OpenId Connect identity token.");
        }
        try {
            boolean ours = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    && keys.keyId().equals(jwt.getHeader().getKeyID())
                    && jwt.verify(new RSASSAVerifier(keys.signingKey().toRSAPublicKey()));
            JWTClaimsSet claims = ours ? jwt.getJWTClaimsSet() : null;
            if (claims == null || !"id".equals(claims.getStringClaim("token_use")) || claims.getSubject() == null) {
                throw refused("Invalid login token. Couldn't verify signed token.");
            }
            return claims;
        } catch (JOSEException | ParseException e) {
            throw refused("Invalid login token. Couldn't verify signed token.");
        }
    }

    private static PoolException refused(String message) {
        return new PoolException(PoolError.NOT_AUTHORIZED, message);
    }
}
