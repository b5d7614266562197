package com.wildrydes.localpool.wire;

import java.util.List;
import java.util.Map;

/**
 * The requests and answers of sign-in (InitiateAuth, RespondToAuthChallenge) and of the calls a signed-in user
 * makes with their tokens. NewDeviceMetadata is never sent: no device tracking. Requests that carry a password or
 * token keep it out of {@code toString}.
 */
public final class AuthShapes {

    private AuthShapes() {
    }

    /** {@code session}: ConfirmSignUp's, for USER_AUTH straight after sign-up. */
    public record InitiateAuthRequest(@Required String authFlow, Map<String, String> authParameters,
            @Required @Length(min = 1, max = 128) String clientId, @Length(min = 20, max = 2048) String session) {
        @Override
        public String toString() {
            return "InitiateAuthRequest[authFlow=" + authFlow + ", clientId=" + clientId + "]";
        }
    }

    public record RespondToAuthChallengeRequest(@Required @Length(min = 1, max = 128) String clientId,
            @Required String challengeName, @Length(max = 2048) String session, Map<String,
            String> challengeResponses) {
        @Override
        public String toString() {
            return "RespondToAuthChallengeRequest[clientId=" + clientId + ", challengeName=" + challengeName + "]";
        }
    }

    public record AuthenticationResultType(String accessToken, Long expiresIn, String tokenType, String refreshToken,
            String idToken) {
        @Override
        public String toString() {
            return "AuthenticationResultType[expiresIn=" + expiresIn + "]";
        }
    }

    /** What InitiateAuth and RespondToAuthChallenge answer: tokens, or the next challenge. */
    public record AuthResponse(String challengeName, String session, Map<String, String> challengeParameters,
            AuthenticationResultType authenticationResult, List<String> availableChallenges) {

        /** SECRET_BLOCK and Session let their holder answer the challenge: kept out. */
        @Override
        public String toString() {
            return "AuthResponse[challengeName=" + challengeName + ", authenticated=" + (authenticationResult != null)
                    + "]";
        }

        public static AuthResponse authenticated(AuthenticationResultType result) {
            return new AuthResponse(null, null, Map.of(), result, null);
        }

        public static AuthResponse challenge(String name, String session, Map<String, String> parameters) {
            return new AuthResponse(name, session, parameters, null, null);
        }

        /** USER_AUTH without a usable preference: the first factors this user may choose from. */
        public static AuthResponse selectChallenge(String session, List<String> available) {
            return new AuthResponse("SELECT_CHALLENGE", session, Map.of(), null, List.copyOf(available));
        }
    }

    /** GetUser's and GlobalSignOut's request: the access token alone. */
    public record AccessTokenRequest(@Required String accessToken) {
        @Override
        public String toString() {
            return "AccessTokenRequest[****]";
        }
    }

    /** {@code userMFASettingList} and {@code preferredMfaSetting} are left out when the user has no MFA. */
    public record GetUserResponse(String username, List<AttributeType> userAttributes,
            List<String> userMFASettingList, String preferredMfaSetting) {
    }

    public record ChangePasswordRequest(@Required @Length(max = 256) String previousPassword,
            @Required @Length(max = 256) String proposedPassword, @Required String accessToken) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[****]";
        }
    }

    public record RevokeTokenRequest(@Required String token, @Required @Length(min = 1, max = 128) String clientId,
            String clientSecret) {
        @Override
        public String toString() {
            return "RevokeTokenRequest[clientId=" + clientId + "]";
        }
    }
}
