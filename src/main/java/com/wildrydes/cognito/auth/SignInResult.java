package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.token.TokenVerifier;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;

/** The outcome of a sign-in attempt that Cognito did not refuse. */
public sealed interface SignInResult {

    /**
     * Signed in: the tokens to keep in the session and who they say the user is. Only ever built from
     * tokens that passed {@link TokenVerifier} (signature, issuer, audience/client, expiry).
     */
    record Authenticated(Tokens tokens, VerifiedIdentity identity) implements SignInResult {
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

    /**
     * Cognito asks for a code from the rider's authenticator app (SOFTWARE_TOKEN_MFA). {@code session} is the
     * challenge Session: server-side only.
     */
    record AuthenticatorCodeRequired(String username, String session) implements SignInResult {
        @Override
        public String toString() {
            return "AuthenticatorCodeRequired[username=" + username + "]";
        }
    }

    /**
     * The pool requires MFA and the rider has no authenticator app yet (MFA_SETUP). {@code session} is the
     * challenge Session: server-side only.
     */
    record AuthenticatorSetupRequired(String username, String session) implements SignInResult {
        @Override
        public String toString() {
            return "AuthenticatorSetupRequired[username=" + username + "]";
        }
    }
}
