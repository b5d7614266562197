package com.wildrydes.localpool;

import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.sts.StsClient;

/** A user pool with a signed-in rider, and an identity pool linked to it, made through the SDK as the site would. */
public final class IdentityExamples {

    public static final String AUTHENTICATED_ROLE = "arn:aws:iam::123456789012:role/service-role/WildRydesRider";

    private IdentityExamples() {
    }

    public static CognitoIdentityClient identityClient(LocalPoolFixture pool) {
        return CognitoIdentityClient.builder().endpointOverride(URI.create(pool.endpoint()))
                .region(Region.of(LocalPoolFixture.REGION)).credentialsProvider(LocalPoolFixture.credentials()).build();
    }

    /** An STS client signing with the credentials an identity pool handed out. */
    public static StsClient stsWith(LocalPoolFixture pool, Credentials credentials) {
        return StsClient.builder().endpointOverride(URI.create(pool.endpoint()))
                .region(Region.of(LocalPoolFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken())))
                .build();
    }

    /** {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}: the provider name and the key of Logins. */
    public static String providerName(String userPoolId) {
        return "cognito-idp." + LocalPoolFixture.REGION + ".amazonaws.com/" + userPoolId;
    }

    /** Signs up, confirms and signs in {@code email}; its ID token. */
    public static String idTokenOf(LocalPoolFixture pool, PoolAndClient seed, String email) {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(email).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(email)
                .confirmationCode(pool.lastCodeSentTo(email)));
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult().idToken();
    }

    /** An identity pool that accepts the seed client's ID tokens, with its authenticated role set. */
    public static String ridersPool(CognitoIdentityClient identity, PoolAndClient seed) {
        String id = identity.createIdentityPool(r -> r.identityPoolName("WildRydesRiders")
                .allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(providerName(seed.poolId())).clientId(seed.clientId())))
                .identityPoolId();
        identity.setIdentityPoolRoles(r -> r.identityPoolId(id).roles(Map.of("authenticated", AUTHENTICATED_ROLE)));
        return id;
    }
}
