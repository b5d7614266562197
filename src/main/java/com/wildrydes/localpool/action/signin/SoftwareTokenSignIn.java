package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.PoolMfaConfig;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second step of a sign-in with an authenticator app. After the password, a user whose app is on (or, in a
 * pool that requires MFA, any user with a verified app) is asked for a code (SOFTWARE_TOKEN_MFA); in a pool that
 * requires MFA, a user without one is sent to set it up (MFA_SETUP). Each kind has its own sessions, so the
 * session of one challenge never answers another. A session takes {@value #MAX_WRONG_CODES} wrong codes, then
 * closes: the rider signs in again (Cognito too ends a session after a few wrong codes).
 */
public final class SoftwareTokenSignIn {

    public static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";
    public static final String MFA_SETUP = "MFA_SETUP";
    public static final String EXPIRED_SESSION = "Invalid session for the user, session is expired.";
    static final int MAX_WRONG_CODES = 5;

    private final PoolServices services;
    private final ChallengeSessions codeSessions;
    private final ChallengeSessions setupSessions;
    private final Map<String, Integer> wrongCodes = new ConcurrentHashMap<>();

    public SoftwareTokenSignIn(PoolServices services) {
        this.services = services;
        this.codeSessions = new ChallengeSessions(services.random(), services.clock());
        this.setupSessions = new ChallengeSessions(services.random(), services.clock());
    }

    /** The challenge that follows a proven password, or empty when tokens may be issued now. */
    public Optional<AuthResponse> challengeFor(UserPool pool, AppClient client, StoredUser user) {
        PoolMfaConfig config = services.store().read(view -> view.mfaConfig(pool.id()));
        if (!config.active()) {
            return Optional.empty();
        }
        SoftwareToken token = services.store().read(view -> view.softwareToken(pool.id(), user.username()));
        if (token.verified() && (token.enabled() || config.required())) {
            wrongCodes.keySet().removeIf(open -> codeSessions.find(open).isEmpty()); // counts of sessions gone by
            return Optional.of(AuthResponse.challenge(SOFTWARE_TOKEN_MFA,
                    codeSessions.open(pool.id(), client.clientId(), user.username()),
                    Map.of("USER_ID_FOR_SRP", user.username())));
        }
        if (config.required()) {
            return Optional.of(AuthResponse.challenge(MFA_SETUP,
                    setupSessions.open(pool.id(), client.clientId(), user.username()),
                    Map.of("USER_ID_FOR_SRP", user.username(), "MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")));
        }
        return Optional.empty();
    }

    /** The open SOFTWARE_TOKEN_MFA challenge of this client; NotAuthorizedException when expired or unknown. */
    public ChallengeSessions.Pending codeChallenge(String clientId, String session) {
        return codeSessions.find(session).filter(pending -> pending.clientId().equals(clientId))
                .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION));
    }

    /** Counts a wrong code against the session, closing it at the limit. */
    public void wrongCode(String session) {
        if (wrongCodes.merge(session, 1, Integer::sum) >= MAX_WRONG_CODES) {
            closeCodeChallenge(session);
        }
    }

    /** Used up: answered, or refused too often. */
    public void closeCodeChallenge(String session) {
        wrongCodes.remove(session);
        codeSessions.take(session);
    }

    /** The open MFA_SETUP session (for AssociateSoftwareToken, VerifySoftwareToken, RespondToAuthChallenge). */
    public ChallengeSessions.Pending setupChallenge(String session) {
        return setupSessions.find(session)
                .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION));
    }

    /** Each setup step answers with a new session; the one it was given no longer works. */
    public String nextSetupSession(String session, ChallengeSessions.Pending pending) {
        setupSessions.take(session);
        return setupSessions.open(pending.poolId(), pending.clientId(), pending.username());
    }

    /** The MFA_SETUP session, used up; NotAuthorizedException when expired or unknown. */
    public ChallengeSessions.Pending finishSetup(String clientId, String session) {
        ChallengeSessions.Pending pending = setupChallenge(session);
        if (!pending.clientId().equals(clientId)) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION);
        }
        setupSessions.take(session);
        return pending;
    }
}
