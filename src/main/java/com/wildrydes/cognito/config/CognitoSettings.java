package com.wildrydes.cognito.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site's Cognito user pool is ({@code wildrydes.cognito.*}; environment variables
 * AWS_REGION, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, COGNITO_CLIENT_SECRET, COGNITO_ENDPOINT, COGNITO_IDENTITY_POOL_ID).
 *
 * @param region       AWS region of the pool; the seed's Seoul by default
 * @param userPoolId   e.g. {@code ap-northeast-2_AbC123xYz}; empty means "use the embedded local pool"
 * @param clientId     the app client id (26 characters on AWS)
 * @param clientSecret the app client's secret, when it has one: SECRET_HASH is then sent on every call
 * @param endpoint     overrides the regional Cognito endpoint (the local pool, a proxy, WireMock)
 * @param authFlow     USER_SRP_AUTH (the original site's flow, the console default) or USER_PASSWORD_AUTH
 * @param identityPoolId the identity pool that turns riders' tokens into AWS credentials, e.g.
 *                     {@code ap-northeast-2:1a2b...}; empty: none (the local pool provisions its own in local mode)
 */
@ConfigurationProperties("wildrydes.cognito")
public record CognitoSettings(
        @DefaultValue("ap-northeast-2") String region,
        String userPoolId,
        String clientId,
        String clientSecret,
        String endpoint,
        @DefaultValue("USER_SRP_AUTH") AuthFlow authFlow,
        String identityPoolId) {

    @ConstructorBinding
    public CognitoSettings {
    }

    /** Settings without an identity pool (the user pool's callers and tests predate it). */
    public CognitoSettings(String region, String userPoolId, String clientId, String clientSecret, String endpoint,
            AuthFlow authFlow) {
        this(region, userPoolId, clientId, clientSecret, endpoint, authFlow, null);
    }

    /** The sign-in flows the site can use. */
    public enum AuthFlow { USER_SRP_AUTH, USER_PASSWORD_AUTH }

    @Override
    public String toString() {
        return "CognitoSettings[region=" + region + ", userPoolId=" + userPoolId + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null || clientSecret.isEmpty() ? "none" : "****")
                + ", endpoint=" + endpoint + ", authFlow=" + authFlow + ", identityPoolId=" + identityPoolId + "]";
    }
}
