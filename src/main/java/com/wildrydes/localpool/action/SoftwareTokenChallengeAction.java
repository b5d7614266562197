package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.Totp;
import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.action.signin.SoftwareTokenSignIn;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthParameters;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.AuthShapes.RespondToAuthChallengeRequest;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html">RespondToAuthChallenge</a>
 * for SOFTWARE_TOKEN_MFA (SOFTWARE_TOKEN_MFA_CODE: a code from the user's app, within one step either side, never
 * one already accepted) and MFA_SETUP (after VerifySoftwareToken with the setup Session; the app becomes the user's
 * preferred MFA). A wrong code is CodeMismatchException "Invalid code received for user" and keeps the session
 * for another try; a code accepted before is ExpiredCodeException "Your software token has already been used
 * once."; an expired session is NotAuthorizedException. Deviation: the limit of wrong codes per session is ours.
 */
final class SoftwareTokenChallengeAction {

    static final String WRONG_CODE = "Invalid code received for user";
    static final String REUSED_CODE = "Your software token has already been used once.";

    private final PoolServices services;
    private final SignInCompletion completion;
    private final SoftwareTokenSignIn signIn;

    SoftwareTokenChallengeAction(PoolServices services, SignInCompletion completion, SoftwareTokenSignIn signIn) {
        this.services = services;
        this.completion = completion;
        this.signIn = signIn;
    }

    AuthResponse answerCode(RespondToAuthChallengeRequest request, Map<String, String> responses) {
        ChallengeSessions.Pending pending = signIn.codeChallenge(request.clientId(), request.session());
        String code = AuthParameters.require(responses, "SOFTWARE_TOKEN_MFA_CODE");
        Participants who = participants(pending, responses);
        services.store().write(tx -> {
            SoftwareToken token = tx.softwareToken(pending.poolId(), pending.username());
            long step = token.verified() ? Totp.matchingStep(token.secret(), code, services.clock().instant()) : -1;
            if (step < 0) {
                signIn.wrongCode(request.session());
                throw new PoolException(PoolError.CODE_MISMATCH, WRONG_CODE);
            }
            if (step <= token.lastTimeStep()) {
                throw new PoolException(PoolError.EXPIRED_CODE, REUSED_CODE);
            }
            tx.save(token.usedAt(step));
            return null;
        });
        signIn.closeCodeChallenge(request.session());
        return completion.secondFactorProven(who.pool(), who.client(), who.user());
    }

    AuthResponse answerSetup(RespondToAuthChallengeRequest request, Map<String, String> responses) {
        ChallengeSessions.Pending pending = signIn.setupChallenge(request.session());
        Participants who = participants(pending, responses);
        SoftwareToken token = services.store().read(view -> view.softwareToken(pending.poolId(), pending.username()));
        if (!token.verified()) {
            throw new PoolException(PoolError.INVALID_PARAMETER, MfaPreferenceActions.NOT_VERIFIED);
        }
        signIn.finishSetup(request.clientId(), request.session());
        services.store().write(tx -> {
            tx.save(tx.softwareToken(pending.poolId(), pending.username()).withPreference(true, true));
            return null;
        });
        return completion.secondFactorProven(who.pool(), who.client(), who.user());
    }

    private record Participants(UserPool pool, AppClient client, StoredUser user) {
    }

    private Participants participants(ChallengeSessions.Pending pending, Map<String, String> responses) {
        return services.store().read(view -> {
            AppClient client = ClientAccess.client(view, pending.clientId());
            UserPool pool = ClientAccess.pool(view, client);
            StoredUser user = view.user(pool.id(), pending.username()).orElseThrow(() ->
                    new PoolException(PoolError.NOT_AUTHORIZED, SoftwareTokenSignIn.EXPIRED_SESSION));
            ClientAccess.checkSecretHash(client, responses.get("SECRET_HASH"), responses.get("USERNAME"),
                    user.username());
            completion.checkMayTry(user);
            return new Participants(pool, client, user);
        });
    }
}
