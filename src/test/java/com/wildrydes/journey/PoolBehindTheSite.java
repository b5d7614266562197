package com.wildrydes.journey;

import com.wildrydes.cognito.config.CognitoPool;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The site's own pool and app client, reached through the AWS SDK as another app or an administrator
 * would: to set up what the pages cannot (temporary passwords, short token lives) and to check what the
 * pages cannot show (whether a refresh token still works).
 */
final class PoolBehindTheSite {

    private final CognitoIdentityProviderClient cognito;
    private final CognitoPool pool;

    PoolBehindTheSite(CognitoIdentityProviderClient cognito, CognitoPool pool) {
        this.cognito = cognito;
        this.pool = pool;
    }

    String poolId() {
        return pool.userPoolId();
    }

    String clientId() {
        return pool.clientId();
    }

    /** AdminCreateUser with a verified email: the user must choose a new password at the first sign-in. */
    void createUserWithTemporaryPassword(String email, String temporaryPassword) {
        cognito.adminCreateUser(request -> request.userPoolId(pool.userPoolId()).username(email)
                .temporaryPassword(temporaryPassword).desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                .userAttributes(a -> a.name("email").value(email), a -> a.name("email_verified").value("true")));
    }

    /** A sign-in of its own, with USER_PASSWORD_AUTH (the local site client allows it): not the site's session. */
    AuthenticationResultType signIn(String email, String password) {
        return cognito.initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", password))).authenticationResult();
    }

    AuthenticationResultType refresh(String refreshToken) {
        return cognito.initiateAuth(request -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();
    }

    /** GlobalSignOut: every refresh token the user holds, the site's included, stops working. */
    void signOutEverywhere(String accessToken) {
        cognito.globalSignOut(request -> request.accessToken(accessToken));
    }

    UserPoolClientType appClient() {
        return cognito.describeUserPoolClient(request -> request.userPoolId(pool.userPoolId())
                .clientId(pool.clientId())).userPoolClient();
    }

    /** Access and ID tokens issued from now on live {@code seconds}; the client's other settings stay. */
    void shortenTokenLife(int seconds) {
        UserPoolClientType client = appClient();
        cognito.updateUserPoolClient(request -> request.userPoolId(pool.userPoolId()).clientId(pool.clientId())
                .clientName(client.clientName()).explicitAuthFlows(client.explicitAuthFlows())
                .refreshTokenValidity(client.refreshTokenValidity())
                .accessTokenValidity(seconds).idTokenValidity(seconds)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.SECONDS).idToken(TimeUnitsType.SECONDS)
                        .refreshToken(client.tokenValidityUnits().refreshToken()))
                .preventUserExistenceErrors(client.preventUserExistenceErrors()));
    }

    /** Puts back a client's settings as {@link #appClient()} read them. */
    void restore(UserPoolClientType client) {
        cognito.updateUserPoolClient(request -> request.userPoolId(pool.userPoolId()).clientId(pool.clientId())
                .clientName(client.clientName()).explicitAuthFlows(client.explicitAuthFlows())
                .refreshTokenValidity(client.refreshTokenValidity()).accessTokenValidity(client.accessTokenValidity())
                .idTokenValidity(client.idTokenValidity()).tokenValidityUnits(client.tokenValidityUnits())
                .preventUserExistenceErrors(client.preventUserExistenceErrors()));
    }
}
