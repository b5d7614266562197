package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.error.CognitoAuthException;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks Cognito, at most every {@link SessionSettings#revalidateInterval()}, whether a signed-in session's user
 * still stands (GetUser with the access token): disabling, deleting or a GlobalSignOut elsewhere then ends the
 * session within that bound instead of when the tokens expire. The instant of the last answer lives in the
 * session (an {@code Instant}, serialisable), so the bound holds across instances sharing sessions in Redis.
 */
final class SessionRevalidation {

    /** Session attribute: the {@code Instant} Cognito last vouched for the user (GetUser or a granted refresh). */
    static final String LAST_CHECKED = SessionRevalidation.class.getName() + ".LAST_CHECKED";

    private final CognitoAuthService cognito;
    private final Duration interval;
    private final Clock clock;

    SessionRevalidation(CognitoAuthService cognito, Duration interval, Clock clock) {
        this.cognito = cognito;
        this.interval = interval;
        this.clock = clock;
    }

    /** False only when Cognito said the user or the token no longer counts; asks only when a check is due. */
    boolean stillValid(SignedInUser user, HttpSession session) {
        if (session == null) {
            return true; // no session to keep an answer in, nor to end
        }
        Instant now = clock.instant();
        Instant lastChecked = lastChecked(session);
        if (lastChecked == null) {
            checkedAt(session, now); // a session from before revalidation: the bound starts now
            return true;
        }
        if (now.isBefore(lastChecked.plus(interval))) {
            return true;
        }
        try {
            if (!cognito.userStillValid(user.tokens().accessToken())) {
                return false;
            }
            checkedAt(session, now);
        } catch (CognitoAuthException cannotTell) {
            // Throttled, 5xx or no answer: signing everyone out in an outage would be worse than a late sign-out.
            // Nothing is recorded, so the next request asks again.
        }
        return true;
    }

    /** Cognito just vouched for the user another way: a granted refresh refuses the same users GetUser does. */
    void checkedAt(HttpSession session, Instant when) {
        if (session != null) {
            session.setAttribute(LAST_CHECKED, when);
        }
    }

    /** The last check, or the sign-in itself (Cognito vouched for the user then). */
    private static Instant lastChecked(HttpSession session) {
        if (session.getAttribute(LAST_CHECKED) instanceof Instant checked) {
            return checked;
        }
        return session.getAttribute(SignedInSession.SIGNED_IN_AT) instanceof Instant signedIn ? signedIn : null;
    }
}
