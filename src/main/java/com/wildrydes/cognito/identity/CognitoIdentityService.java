package com.wildrydes.cognito.identity;

import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoErrorTranslator;
import com.wildrydes.cognito.provision.IdentityPoolProvisioner;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The seed's second half: a signed-in rider's ID token exchanged at the identity pool for temporary AWS
 * credentials (<a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html">GetId</a>,
 * then <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html">GetCredentialsForIdentity</a>,
 * both unsigned: the login authorises them), and one AWS call made with those credentials,
 * <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">STS GetCallerIdentity</a>,
 * which needs no IAM permission. Every failure is an {@link AwsIdentityException}; the caller decides it blocks nothing.
 */
public final class CognitoIdentityService {

    private final CognitoIdentityClient identity;
    private final StsClient sts;
    private final SiteIdentityPool identityPool;
    private final SiteUserPool userPool;
    private final String region;

    CognitoIdentityService(CognitoIdentityClient identity, StsClient sts, SiteIdentityPool identityPool,
            SiteUserPool userPool, String region) {
        this.identity = identity;
        this.sts = sts;
        this.identityPool = identityPool;
        this.userPool = userPool;
        this.region = region;
    }

    /** False when no identity pool is configured (nor provisioned in local mode): nothing to exchange tokens at. */
    public boolean hasIdentityPool() {
        return identityPool.isSet();
    }

    /** GetId, then GetCredentialsForIdentity, each with the rider's ID token as the user pool's login. */
    public RiderCredentials credentialsFor(String idToken) {
        String identityId = call("GetId", () -> identity.getId(r -> r.identityPoolId(identityPool.current())
                .logins(loginsOf(idToken))).identityId());
        Credentials credentials = call("GetCredentialsForIdentity", () -> identity.getCredentialsForIdentity(
                r -> r.identityId(identityId).logins(loginsOf(idToken))).credentials());
        return new RiderCredentials(identityId, credentials.accessKeyId(), credentials.secretKey(),
                credentials.sessionToken(), credentials.expiration());
    }

    /** STS GetCallerIdentity signed with the rider's credentials: the assumed role they stand for. */
    public CallerIdentity callerIdentity(RiderCredentials credentials) {
        StaticCredentialsProvider signer = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken()));
        GetCallerIdentityResponse answer = call("GetCallerIdentity", () -> sts.getCallerIdentity(
                r -> r.overrideConfiguration(o -> o.credentialsProvider(signer))));
        return new CallerIdentity(answer.account(), answer.arn(), answer.userId());
    }

    /** Logins keyed by {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}: the user pool as identity pools name it. */
    private Map<String, String> loginsOf(String idToken) {
        return Map.of(IdentityPoolProvisioner.providerName(region, userPool.current().userPoolId()), idToken);
    }

    private static <T> T call(String name, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            String code = CognitoErrorTranslator.codeOf(e);
            // an answer without AWS's error code (a proxy's 404, say) is named by its exception
            throw new AwsIdentityException(name, code == null ? e.getClass().getSimpleName() : code, e);
        }
    }
}
