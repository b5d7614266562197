package com.wildrydes.cognito;

/**
 * The site's one door to Cognito: each method is one user-facing step and returns the app's own
 * records. Every Cognito or transport failure surfaces as a {@link CognitoAuthException}.
 */
public class CognitoAuthService {

    /** SignUp with the email as username and the {@code email} attribute. */
    public CodeDelivery signUp(String email, String password) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** ConfirmSignUp with the emailed code. */
    public void confirmSignUp(String email, String code) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** ResendConfirmationCode. */
    public CodeDelivery resendConfirmationCode(String email) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** InitiateAuth (USER_SRP_AUTH by default, or USER_PASSWORD_AUTH) and, for SRP, the PASSWORD_VERIFIER answer. */
    public SignInResult signIn(String email, String password) {
        throw new UnsupportedOperationException("not built yet");
    }
}
