package com.wildrydes.signin;

import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in waiting for the rider's authenticator app, kept in the HTTP session under {@link #SESSION_ATTRIBUTE}
 * (never in a page): a code (SOFTWARE_TOKEN_MFA) or, in a pool that requires MFA, the app's setup (MFA_SETUP).
 *
 * @param setup    true for MFA_SETUP, false for a code
 * @param username Cognito's username for the challenge
 * @param email    the email the rider signed in with: their account's name in the app
 * @param session  Cognito's challenge Session: secret, never printed
 * @param secret   during setup, the app's new secret once AssociateSoftwareToken gave it; else null. Secret
 * @param issuedAt when sign-in received the challenge (Cognito's Session lives three minutes)
 */
public record AuthenticatorChallenge(boolean setup, String username, String email, String session, String secret,
        Instant issuedAt) implements Serializable {

    public static final String SESSION_ATTRIBUTE = AuthenticatorChallenge.class.getName();

    /**
     * Keeps {@code outcome} when it is an authenticator challenge and answers the page that takes it; null for
     * any other outcome.
     */
    static String keep(SignInResult outcome, String email, HttpServletRequest request, Instant now) {
        AuthenticatorChallenge challenge;
        if (outcome instanceof SignInResult.AuthenticatorCodeRequired code) {
            challenge = new AuthenticatorChallenge(false, code.username(), email, code.session(), null, now);
        } else if (outcome instanceof SignInResult.AuthenticatorSetupRequired setup) {
            challenge = new AuthenticatorChallenge(true, setup.username(), email, setup.session(), null, now);
        } else {
            return null;
        }
        request.getSession().setAttribute(SESSION_ATTRIBUTE, challenge);
        return challenge.setup() ? Routes.SIGN_IN_AUTHENTICATOR_SETUP : Routes.SIGN_IN_AUTHENTICATOR_CODE;
    }

    AuthenticatorChallenge withSecret(String newSecret, String newSession) {
        return new AuthenticatorChallenge(setup, username, email, newSession, newSecret, issuedAt);
    }

    @Override
    public String toString() {
        return "AuthenticatorChallenge[setup=" + setup + ", username=" + username + ", issuedAt=" + issuedAt + "]";
    }
}
