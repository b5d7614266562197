package com.wildrydes.localpool.protocol;

import java.util.Set;

/**
 * Which Cognito (user pool and identity pool) operations need a SigV4 signature: every one but those Cognito's service model marks
 * {@code "authtype": "none"} (a signed-out visitor's or a token holder's calls). Listing the unsigned ones means
 * an operation added later is signed unless someone decides otherwise.
 */
final class SignedOperations {

    /** The {@code authtype: none} operations of cognito-idp 2016-04-18 (SignedOperationsTests compares with the model). */
    static final Set<String> UNSIGNED = Set.of(
            "AssociateSoftwareToken", "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice",
            "ConfirmForgotPassword", "ConfirmSignUp", "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential",
            "ForgetDevice", "ForgotPassword", "GetDevice", "GetTokensFromRefreshToken", "GetUser",
            "GetUserAttributeVerificationCode", "GetUserAuthFactors", "GlobalSignOut", "InitiateAuth", "ListDevices",
            "ListWebAuthnCredentials", "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken",
            "SetUserMFAPreference", "SetUserSettings", "SignUp", "StartWebAuthnRegistration", "UpdateAuthEventFeedback",
            "UpdateDeviceStatus", "UpdateUserAttributes", "VerifySoftwareToken", "VerifyUserAttribute");

    /** The {@code authtype: none} operations of cognito-identity 2014-06-30 (compared with that model too). */
    static final Set<String> UNSIGNED_IDENTITY = Set.of(
            "GetCredentialsForIdentity", "GetId", "GetOpenIdToken", "UnlinkIdentity");

    private SignedOperations() {
    }

    static boolean needsSignature(String operation) {
        return !UNSIGNED.contains(operation);
    }

    static boolean needsSignature(Operation operation) {
        return operation.service().equals(Operation.IDENTITY)
                ? !UNSIGNED_IDENTITY.contains(operation.name()) : needsSignature(operation.name());
    }
}
