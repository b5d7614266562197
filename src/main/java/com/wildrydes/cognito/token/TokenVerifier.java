package com.wildrydes.cognito.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Verifies Cognito ID and access tokens against the pool's JWKS, as AWS documents for Cognito:
 * RS256 signature, {@code iss}, {@code token_use}, {@code aud} (ID) / {@code client_id} (access), {@code exp}.
 * The key set is cached by nimbus and fetched again only when a token names an unknown {@code kid}
 * (key rotation), never per request.
 */
public final class TokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> idTokens;
    private final DefaultJWTProcessor<SecurityContext> accessTokens;
    private final String clientId;

    public TokenVerifier(String issuer, String clientId, JWKSource<SecurityContext> keys) {
        this.clientId = clientId;
        this.idTokens = processor(keys, new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(),
                Set.of("sub", "exp", "iat")));
        this.accessTokens = processor(keys, new DefaultJWTClaimsVerifier<>(null,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "access").claim("client_id", clientId).build(),
                Set.of("sub", "exp", "iat")));
    }

    /** A verifier reading {@code <issuer>/.well-known/jwks.json}, cached, refetched on an unknown kid. */
    public static TokenVerifier forIssuer(String issuer, String clientId) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(issuer + "/.well-known/jwks.json").toURL())
                    .retrying(true)
                    .build();
            return new TokenVerifier(issuer, clientId, keys);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The token issuer is not a URL: " + issuer, e);
        }
    }

    /** The issuer Cognito puts in tokens: AWS's regional URL, or the endpoint's own for a local pool. */
    public static String issuerFor(CognitoSettings settings, String userPoolId) {
        String endpoint = settings.endpoint();
        if (endpoint == null || endpoint.isBlank()) {
            return "https://cognito-idp." + settings.region() + ".amazonaws.com/" + userPoolId;
        }
        return endpoint.replaceAll("/+$", "") + "/" + userPoolId;
    }

    /** Verifies both tokens; a token that fails never yields an identity. */
    public VerifiedIdentity verify(Tokens tokens) {
        JWTClaimsSet id = process(idTokens, tokens.idToken());
        JWTClaimsSet access = process(accessTokens, tokens.accessToken());
        if (!id.getSubject().equals(access.getSubject())) {
            throw refused("the ID and access tokens name different users", null);
        }
        return new VerifiedIdentity(id.getSubject(), stringClaim(id, "cognito:username"), stringClaim(id, "email"),
                Boolean.TRUE.equals(id.getClaim("email_verified")), groups(id),
                access.getExpirationTime().toInstant(), printable(id));
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys,
            DefaultJWTClaimsVerifier<SecurityContext> claims) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    private JWTClaimsSet process(DefaultJWTProcessor<SecurityContext> processor, String token) {
        if (token == null || token.isBlank()) {
            throw refused("a token is missing", null);
        }
        try {
            return processor.process(token, null);
        } catch (KeySourceException e) { // the pool's key set could not be fetched: nothing is known about the token
            throw new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, "JwksUnavailable",
                    new IllegalStateException("The key set for client " + clientId + " is unreachable", e));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            // The reason is safe to log (nimbus never echoes the token); the token itself is not.
            throw refused(e.getMessage(), e);
        }
    }

    private CognitoAuthException refused(String reason, Throwable cause) {
        return new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, "InvalidToken",
                new IllegalStateException("Token refused for client " + clientId + ": " + reason, cause));
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }

    private static List<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("cognito:groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException e) {
            return List.of();
        }
    }

    private static Map<String, String> printable(JWTClaimsSet claims) {
        Map<String, String> printable = new TreeMap<>();
        claims.getClaims().forEach((name, value) -> printable.put(name, printable(value)));
        return printable;
    }

    /** Dates as epoch seconds (as in the JWT), lists such as {@code aud} and groups as "a, b". */
    private static String printable(Object value) {
        if (value instanceof Date date) {
            return String.valueOf(date.toInstant().getEpochSecond());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
