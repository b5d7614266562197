package com.wildrydes.cognito;

import com.wildrydes.cognito.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.srp.SrpClient;
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
        try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
                .region(Region.of(poolId.substring(0, poolId.indexOf('_'))))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create(endpoint))
                .build()) {
            CognitoPool pool = new CognitoPool(poolId, clientId, null);
            PoolTokenVerifiers verifiers = new PoolTokenVerifiers(p ->
                    TokenVerifier.forIssuer(endpoint + "/" + p.userPoolId(), p.clientId()));
            CognitoSignIn signIn = new CognitoSignIn(client, name -> SrpClient.start(name, new SecureRandom()),
                    Clock.systemUTC(), verifiers);
            return new CognitoAuthService(client, SiteUserPool.configured(pool), signIn, AuthFlow.USER_SRP_AUTH)
                    .signIn(email, password);
        }
    }
}
