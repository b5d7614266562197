package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.token.PoolTokenVerifiers;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A real {@link CognitoAuthService} wired as the site wires it (SRP, tokens verified against the pool's
 * JWKS), for the benchmark's session-size figure.
 */
public final class BenchSignIns {

    private BenchSignIns() {
    }

    public static SignInResult signIn(String endpoint, String poolId, String clientId, String email, String password) {
        String region = poolId.substring(0, poolId.indexOf('_'));
        try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
                .region(Region.of(region))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create(endpoint))
                .build()) {
            CognitoPool pool = new CognitoPool(poolId, clientId, null);
            // the pool at the endpoint issued the tokens: its key set is at <endpoint>/<poolId>/.well-known/jwks.json
            PoolTokenVerifiers verifiers = PoolTokenVerifiers.forSettings(
                    new CognitoSettings(region, null, null, null, endpoint, AuthFlow.USER_SRP_AUTH));
            CognitoSignIn signIn = new CognitoSignIn(client, name -> SrpClient.start(name, new SecureRandom()),
                    Clock.systemUTC(), verifiers);
            return new CognitoAuthService(client, SiteUserPool.configured(pool), signIn, AuthFlow.USER_SRP_AUTH)
                    .signIn(email, password);
        }
    }
}
