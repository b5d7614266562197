package com.wildrydes.localpool.wire;

/**
 * The requests and answers of authenticator-app MFA: AssociateSoftwareToken, VerifySoftwareToken,
 * (Admin)SetUserMFAPreference, Set/GetUserPoolMfaConfig (with the pool's WebAuthnConfiguration). Secrets, codes, sessions and tokens stay out of
 * {@code toString}.
 */
public final class MfaShapes {

    private MfaShapes() {
    }

    public record AssociateSoftwareTokenRequest(String accessToken, @Length(min = 20, max = 2048) String session) {
        @Override
        public String toString() {
            return "AssociateSoftwareTokenRequest[****]";
        }
    }

    public record AssociateSoftwareTokenResponse(String secretCode, String session) {
        @Override
        public String toString() {
            return "AssociateSoftwareTokenResponse[****]";
        }
    }

    public record VerifySoftwareTokenRequest(String accessToken, @Length(min = 20, max = 2048) String session,
            @Required @Length(min = 6, max = 6) String userCode, @Length(max = 131072) String friendlyDeviceName) {
        @Override
        public String toString() {
            return "VerifySoftwareTokenRequest[****]";
        }
    }

    public record VerifySoftwareTokenResponse(String status, String session) {
        @Override
        public String toString() {
            return "VerifySoftwareTokenResponse[status=" + status + "]";
        }
    }

    public record SoftwareTokenMfaSettingsType(Boolean enabled, Boolean preferredMfa) {
    }

    public record SetUserMFAPreferenceRequest(SoftwareTokenMfaSettingsType softwareTokenMfaSettings,
            @Required String accessToken) {
        @Override
        public String toString() {
            return "SetUserMFAPreferenceRequest[" + softwareTokenMfaSettings + "]";
        }
    }

    public record AdminSetUserMFAPreferenceRequest(SoftwareTokenMfaSettingsType softwareTokenMfaSettings,
            @Required @Length(min = 1, max = 128) String username,
            @Required @Length(min = 1, max = 55) String userPoolId) {
    }

    public record SoftwareTokenMfaConfigType(Boolean enabled) {
    }

    public record SetUserPoolMfaConfigRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            SoftwareTokenMfaConfigType softwareTokenMfaConfiguration, String mfaConfiguration,
            WebAuthnConfigurationType webAuthnConfiguration) {
    }

    /** The pool's passkey settings; UserVerification is {@code required} or {@code preferred}. */
    public record WebAuthnConfigurationType(@Length(min = 1, max = 127) String relyingPartyId,
            String userVerification, String factorConfiguration) {
    }

    public record GetUserPoolMfaConfigRequest(@Required @Length(min = 1, max = 55) String userPoolId) {
    }

    /** Set/GetUserPoolMfaConfig's answer. */
    public record UserPoolMfaConfigResponse(SoftwareTokenMfaConfigType softwareTokenMfaConfiguration,
            String mfaConfiguration, WebAuthnConfigurationType webAuthnConfiguration) {
    }
}
