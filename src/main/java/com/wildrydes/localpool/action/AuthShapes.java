package com.wildrydes.localpool.action;

import com.wildrydes.localpool.token.IssuedTokens;
import java.util.Map;

/** What InitiateAuth and RespondToAuthChallenge answer with. NewDeviceMetadata is never sent: no device tracking. */
final class AuthShapes {

    private AuthShapes() {
    }

    public record AuthenticationResultType(String accessToken, Long expiresIn, String tokenType, String refreshToken,
            String idToken) {
        @Override
        public String toString() {
            return "AuthenticationResultType[expiresIn=" + expiresIn + "]";
        }
    }

    public record AuthResponse(String challengeName, String session, Map<String, String> challengeParameters,
            AuthenticationResultType authenticationResult) {

        /** SECRET_BLOCK and Session let their holder answer the challenge: kept out. */
        @Override
        public String toString() {
            return "AuthResponse[challengeName=" + challengeName + ", authenticated=" + (authenticationResult != null)
                    + "]";
        }

        static AuthResponse tokens(IssuedTokens tokens, String refreshToken) {
            return new AuthResponse(null, null, Map.of(), new AuthenticationResultType(tokens.accessToken(),
                    tokens.expiresInSeconds(), "Bearer", refreshToken, tokens.idToken()));
        }

        static AuthResponse challenge(String name, String session, Map<String, String> parameters) {
            return new AuthResponse(name, session, parameters, null);
        }
    }
}
