package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.List;

/** Cognito's shapes describing an app client, and the requests and answers of the client operations. */
public final class UserPoolClientShapes {

    private UserPoolClientShapes() {
    }

    public record TokenValidityUnitsType(String accessToken, String idToken, String refreshToken) {
    }

    public record UserPoolClientType(String userPoolId, String clientName, String clientId, String clientSecret,
            Instant lastModifiedDate, Instant creationDate, Long refreshTokenValidity, Long accessTokenValidity,
            Long idTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> explicitAuthFlows,
            Boolean allowedOAuthFlowsUserPoolClient, Boolean enableTokenRevocation,
            Boolean enablePropagateAdditionalUserContextData, Integer authSessionValidity,
            String preventUserExistenceErrors) {
        @Override
        public String toString() {
            return "UserPoolClientType[userPoolId=" + userPoolId + ", clientId=" + clientId + ", clientName="
                    + clientName + ", clientSecret=" + (clientSecret == null ? "none" : "****") + "]";
        }
    }

    public record UserPoolClientDescription(String clientId, String userPoolId, String clientName) {
    }

    /** The settings CreateUserPoolClient and UpdateUserPoolClient both take, and both apply the same way. */
    public interface ClientSettings {

        Long refreshTokenValidity();

        Long accessTokenValidity();

        Long idTokenValidity();

        TokenValidityUnitsType tokenValidityUnits();

        List<String> explicitAuthFlows();

        String preventUserExistenceErrors();
    }

    public record CreateUserPoolClientRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String clientName, Boolean generateSecret, Long refreshTokenValidity,
            Long accessTokenValidity, Long idTokenValidity, TokenValidityUnitsType tokenValidityUnits,
            List<String> explicitAuthFlows, String preventUserExistenceErrors) implements ClientSettings {
    }

    public record UpdateUserPoolClientRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String clientId, @Length(min = 1, max = 128) String clientName,
            Long refreshTokenValidity, Long accessTokenValidity, Long idTokenValidity,
            TokenValidityUnitsType tokenValidityUnits, List<String> explicitAuthFlows,
            String preventUserExistenceErrors) implements ClientSettings {
    }

    public record DescribeUserPoolClientRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String clientId) {
    }

    /** What CreateUserPoolClient, DescribeUserPoolClient and UpdateUserPoolClient answer. */
    public record UserPoolClientResponse(UserPoolClientType userPoolClient) {
    }

    public record ListUserPoolClientsRequest(@Required @Length(min = 1, max = 55) String userPoolId, Integer maxResults,
            @Length(max = 131072) String nextToken) {
    }

    public record ListUserPoolClientsResponse(List<UserPoolClientDescription> userPoolClients, String nextToken) {
    }
}
