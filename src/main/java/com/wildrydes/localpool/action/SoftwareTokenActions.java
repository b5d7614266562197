package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.Totp;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.signin.SoftwareTokenSignIn;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.wire.MfaShapes.AssociateSoftwareTokenRequest;
import com.wildrydes.localpool.wire.MfaShapes.AssociateSoftwareTokenResponse;
import com.wildrydes.localpool.wire.MfaShapes.VerifySoftwareTokenRequest;
import com.wildrydes.localpool.wire.MfaShapes.VerifySoftwareTokenResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/**
 * Setting up an authenticator app, by a signed-in user (AccessToken) or during sign-in's MFA_SETUP (Session).
 * <ul>
 * <li><a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html">AssociateSoftwareToken</a>:
 * a new 32-byte secret in Base32 (52 characters); with a Session, a new Session too.</li>
 * <li><a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifySoftwareToken.html">VerifySoftwareToken</a>:
 * a right code makes the new secret the user's (replacing an earlier one) and answers SUCCESS; a wrong one is
 * EnableSoftwareTokenMFAException "Code mismatch and fail enable Software Token MFA". FriendlyDeviceName is
 * accepted and not kept.</li>
 * </ul>
 * A pool without software tokens enabled answers SoftwareTokenMFANotFoundException "Software Token MFA has not
 * been enabled by the userPool.", as the developer guide's TOTP page says. Deviations: sending both AccessToken and
 * Session, or neither, is InvalidParameterException in the local pool's words; Verify before Associate is
 * SoftwareTokenMFANotFoundException.
 */
final class SoftwareTokenActions {

    static final String NOT_ENABLED = "Software Token MFA has not been enabled by the userPool.";
    static final String NOT_ASSOCIATED = "User has not associated a software token.";
    static final String CODE_MISMATCH = "Code mismatch and fail enable Software Token MFA";

    /** Whose token, and the setup session it came with (null when called with an access token). */
    private record Holder(String poolId, String username, String session, ChallengeSessions.Pending setup) {
    }

    private final PoolServices services;
    private final AccessTokens accessTokens;
    private final SoftwareTokenSignIn signIn;

    SoftwareTokenActions(PoolServices services, AccessTokens accessTokens, SoftwareTokenSignIn signIn) {
        this.services = services;
        this.accessTokens = accessTokens;
        this.signIn = signIn;
    }

    AssociateSoftwareTokenResponse associate(AssociateSoftwareTokenRequest request) {
        Holder holder = holder(request.accessToken(), request.session());
        String secret = Totp.newSecret(services.random());
        services.store().write(tx -> {
            tx.save(tx.softwareToken(holder.poolId(), holder.username()).withPendingSecret(secret));
            return null;
        });
        return new AssociateSoftwareTokenResponse(secret, nextSession(holder));
    }

    VerifySoftwareTokenResponse verify(VerifySoftwareTokenRequest request) {
        Holder holder = holder(request.accessToken(), request.session());
        services.store().write(tx -> {
            SoftwareToken token = tx.softwareToken(holder.poolId(), holder.username());
            if (token.pendingSecret() == null) {
                throw new PoolException(PoolError.SOFTWARE_TOKEN_MFA_NOT_FOUND, NOT_ASSOCIATED);
            }
            long step = Totp.matchingStep(token.pendingSecret(), request.userCode(), services.clock().instant());
            if (step < 0) {
                throw new PoolException(PoolError.ENABLE_SOFTWARE_TOKEN_MFA, CODE_MISMATCH);
            }
            tx.save(token.verifiedAt(step));
            return null;
        });
        return new VerifySoftwareTokenResponse("SUCCESS", nextSession(holder));
    }

    private Holder holder(String accessToken, String session) {
        if ((accessToken == null) == (session == null)) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Either AccessToken or Session must be given, not both.");
        }
        Holder holder;
        if (accessToken != null) {
            AccessTokens.Bearer bearer = accessTokens.authenticate(accessToken);
            holder = new Holder(bearer.pool().id(), bearer.user().username(), null, null);
        } else {
            ChallengeSessions.Pending setup = signIn.setupChallenge(session);
            holder = new Holder(setup.poolId(), setup.username(), session, setup);
        }
        if (!services.store().read(view -> view.mfaConfig(holder.poolId())).softwareTokenEnabled()) {
            throw new PoolException(PoolError.SOFTWARE_TOKEN_MFA_NOT_FOUND, NOT_ENABLED);
        }
        return holder;
    }

    private String nextSession(Holder holder) {
        return holder.setup() == null ? null : signIn.nextSetupSession(holder.session(), holder.setup());
    }
}
