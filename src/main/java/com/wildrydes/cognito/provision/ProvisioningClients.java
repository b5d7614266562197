package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.CognitoSettingsCheck;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.iam.IamClient;

/** The identity pool step's clients, made like the user pool's: the same credentials, HTTP client and patience. */
final class ProvisioningClients {

    private ProvisioningClients() {
    }

    /** Cognito Identity in the user pool's region, at the same endpoint override (the local pool serves both). */
    static CognitoIdentityClient identity(CognitoSettings target, AwsCredentialsProvider credentials,
            Duration callTimeout) {
        var builder = CognitoIdentityClient.builder().region(Region.of(target.region())).credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(callTimeout))
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
        if (CognitoSettingsCheck.hasText(target.endpoint())) {
            builder.endpointOverride(URI.create(target.endpoint().trim()));
        }
        return builder.build();
    }

    /** IAM is global: its one endpoint, signed for aws-global, unless {@code endpoint} names another. */
    static IamClient iam(String endpoint, AwsCredentialsProvider credentials, Duration callTimeout) {
        var builder = IamClient.builder().region(Region.AWS_GLOBAL).credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(callTimeout))
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
        if (CognitoSettingsCheck.hasText(endpoint)) {
            builder.endpointOverride(URI.create(endpoint.trim()));
        }
        return builder.build();
    }
}
