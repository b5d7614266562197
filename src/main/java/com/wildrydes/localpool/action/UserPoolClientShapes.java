package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.AppClient;
import java.time.Instant;
import java.util.List;

/** Cognito's shapes describing an app client. */
final class UserPoolClientShapes {

    private UserPoolClientShapes() {
    }

    public record TokenValidityUnitsType(String accessToken, String idToken, String refreshToken) {
    }

    public record UserPoolClientType(String userPoolId, String clientName, String clientId, String clientSecret,
            Instant lastModifiedDate, Instant creationDate, Long refreshTokenValidity, Long accessTokenValidity,
            Long idTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> explicitAuthFlows,
            Boolean allowedOAuthFlowsUserPoolClient, Boolean enableTokenRevocation,
            Boolean enablePropagateAdditionalUserContextData, Integer authSessionValidity) {
        @Override
        public String toString() {
            return "UserPoolClientType[userPoolId=" + userPoolId + ", clientId=" + clientId + ", clientName="
                    + clientName + ", clientSecret=" + (clientSecret == null ? "none" : "****") + "]";
        }
    }

    public record UserPoolClientDescription(String clientId, String userPoolId, String clientName) {
    }

    /** The client as Describe/Create return it: with its secret, as Cognito does for these admin calls. */
    static UserPoolClientType describe(AppClient client) {
        return new UserPoolClientType(client.poolId(), client.name(), client.clientId(), client.secret(),
                client.modifiedAt(), client.createdAt(), client.refreshTokenValidity().value(),
                client.accessTokenValidity().value(), client.idTokenValidity().value(),
                new TokenValidityUnitsType(client.accessTokenValidity().unit(), client.idTokenValidity().unit(),
                        client.refreshTokenValidity().unit()),
                client.explicitAuthFlows(), false, true, false, 3);
    }

    static UserPoolClientDescription summarize(AppClient client) {
        return new UserPoolClientDescription(client.clientId(), client.poolId(), client.name());
    }
}
