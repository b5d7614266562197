package com.wildrydes.cognito;

/** The outcome of a sign-in attempt that Cognito did not refuse. */
public sealed interface SignInResult {

    /** Signed in: the tokens to keep in the session. */
    record Authenticated(Tokens tokens) implements SignInResult {
    }

    /**
     * Cognito answered with the NEW_PASSWORD_REQUIRED challenge (a user an administrator created).
     * {@code session} is Cognito's challenge Session: keep it server-side, never in a page.
     */
    record NewPasswordRequired(String username, String session) implements SignInResult {
        @Override
        public String toString() {
            return "NewPasswordRequired[username=" + username + "]";
        }
    }
}
