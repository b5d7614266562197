package com.wildrydes.cognito.token;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link TokenVerifier} of each user pool the site signs people into, built on first use: the site's
 * pool may be resolved (provisioned locally) only then, and each verifier keeps its own cached key set.
 */
public final class PoolTokenVerifiers {

    private final Function<CognitoPool, TokenVerifier> verifierFor;
    private final Map<CognitoPool, TokenVerifier> verifiers = new ConcurrentHashMap<>();

    PoolTokenVerifiers(Function<CognitoPool, TokenVerifier> verifierFor) {
        this.verifierFor = verifierFor;
    }

    /** Verifiers reading each pool's JWKS from its issuer: AWS's regional URL, or the endpoint's for a local pool. */
    public static PoolTokenVerifiers forSettings(CognitoSettings settings) {
        return new PoolTokenVerifiers(pool ->
                TokenVerifier.forIssuer(TokenVerifier.issuerFor(settings, pool.userPoolId()), pool.clientId()));
    }

    /** Verifies both tokens as issued by {@code pool} for its app client; throws CognitoAuthException if not. */
    public VerifiedIdentity verify(CognitoPool pool, Tokens tokens) {
        return verifiers.computeIfAbsent(pool, verifierFor).verify(tokens);
    }
}
