package com.wildrydes.localpool;

import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Pools and clients for tests, created through the SDK the way the site's seed creates them. */
public final class PoolExamples {

    public static final String PASSWORD = "Unicorn-Ride1";

    /** The ids of a pool and one of its clients. */
    public record PoolAndClient(String poolId, String clientId, String clientSecret) {
    }

    private PoolExamples() {
    }

    /** Like the seed: email as username, email required and verified by code, default password policy. */
    public static String emailPool(CognitoIdentityProviderClient cognito) {
        return cognito.createUserPool(pool -> pool.poolName("WildRydes")
                .usernameAttributes(UsernameAttributeType.EMAIL)
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(attribute -> attribute.name("email").attributeDataType(AttributeDataType.STRING)
                        .required(true).mutable(true)))
                .userPool().id();
    }

    /** A pool where people pick a username, with the email as an extra attribute. */
    public static String usernamePool(CognitoIdentityProviderClient cognito) {
        return cognito.createUserPool(pool -> pool.poolName("Classic")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    }

    /** The seed's client: no secret, SRP, password and refresh flows. */
    public static PoolAndClient webApp(CognitoIdentityProviderClient cognito, String poolId) {
        var client = cognito.createUserPoolClient(request -> request.userPoolId(poolId).clientName("WildRydesWebApp")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient();
        return new PoolAndClient(poolId, client.clientId(), null);
    }

    public static PoolAndClient clientWithSecret(CognitoIdentityProviderClient cognito, String poolId) {
        var client = cognito.createUserPoolClient(request -> request.userPoolId(poolId).clientName("Server")
                .generateSecret(true).explicitAuthFlows(List.of(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)))
                .userPoolClient();
        return new PoolAndClient(poolId, client.clientId(), client.clientSecret());
    }

    public static PoolAndClient seed(CognitoIdentityProviderClient cognito) {
        return webApp(cognito, emailPool(cognito));
    }
}
