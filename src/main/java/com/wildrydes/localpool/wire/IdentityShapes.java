package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.Map;

/**
 * Amazon Cognito Identity's shapes for a rider's own calls (GetId, GetCredentialsForIdentity, GetOpenIdToken).
 * {@code logins} maps a provider name to a token; records holding one never print it.
 */
public final class IdentityShapes {

    private IdentityShapes() {
    }

    public record GetIdRequest(@Length(min = 1, max = 15) String accountId,
            @Required @Length(min = 1, max = 55) String identityPoolId, Map<String, String> logins) {
        @Override
        public String toString() {
            return "GetIdRequest[identityPoolId=" + identityPoolId + ", logins=" + Logins.names(logins) + "]";
        }
    }

    public record GetIdResponse(String identityId) {
    }

    /** GetCredentialsForIdentity's and GetOpenIdToken's request (the latter has no CustomRoleArn). */
    public record IdentityRequest(@Required @Length(min = 1, max = 55) String identityId, Map<String, String> logins,
            @Length(min = 20, max = 2048) String customRoleArn) {
        @Override
        public String toString() {
            return "IdentityRequest[identityId=" + identityId + ", logins=" + Logins.names(logins) + "]";
        }
    }

    public record Credentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration) {
        @Override
        public String toString() {
            return "Credentials[accessKeyId=" + accessKeyId + ", secretKey=****, sessionToken=****, expiration="
                    + expiration + "]";
        }
    }

    public record CredentialsResponse(String identityId, Credentials credentials) {
    }

    public record OpenIdTokenResponse(String identityId, String token) {
        @Override
        public String toString() {
            return "OpenIdTokenResponse[identityId=" + identityId + ", token=****]";
        }
    }

    private static final class Logins {

        static Object names(Map<String, String> logins) {
            return logins == null ? null : logins.keySet();
        }
    }
}
