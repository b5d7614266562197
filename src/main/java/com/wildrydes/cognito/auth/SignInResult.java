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
     * USER_AUTH answered EMAIL_OTP: a code went to {@code destination} (masked). {@code username} and
     * {@code session} answer it: keep them server-side, never in a page.
     */
    record EmailCodeSent(String username, String session, String destination) implements SignInResult {
        @Override
        public String toString() {
            return "EmailCodeSent[destination=" + destination + "]";
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

    /**
     * USER_AUTH answered SELECT_CHALLENGE: the first factors this user may choose ({@code availableChallenges},
     * e.g. PASSWORD_SRP, EMAIL_OTP). The session stays server-side.
     */
    record ChallengeChoice(String username, String session, java.util.List<String> availableChallenges)
            implements SignInResult {
        @Override
        public String toString() {
            return "ChallengeChoice[availableChallenges=" + availableChallenges + "]";
        }
    }

    /**
     * USER_AUTH answered WEB_AUTHN: {@code requestOptions} (CREDENTIAL_REQUEST_OPTIONS, JSON text) go to the browser's
     * {@code navigator.credentials.get}. {@code username} and {@code session} answer it: server-side only.
     */
    record PasskeyRequested(String username, String session, String requestOptions) implements SignInResult {
        @Override
        public String toString() {
            return "PasskeyRequested[username=" + username + "]";
        }
    }
}
