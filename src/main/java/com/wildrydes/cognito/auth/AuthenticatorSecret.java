package com.wildrydes.cognito.auth;

/**
 * What AssociateSoftwareToken gave for a new authenticator app: the secret to show the rider once (as text and as
 * a QR code), and, during sign-in's MFA_SETUP, the challenge Session to carry on with (null when set up from the
 * account page). Both are secrets: never logged, never in a page other than the setup page's secret.
 */
public record AuthenticatorSecret(String secret, String session) {

    @Override
    public String toString() {
        return "AuthenticatorSecret[****]";
    }
}
