package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.rules.PasswordRules;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.signin.DecoyUsers;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.srp.PendingSrpLogin;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.AuthParameters;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.AuthShapes.RespondToAuthChallengeRequest;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.srp.SrpTimestamp;
import java.util.Base64;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html">RespondToAuthChallenge</a>
 * for PASSWORD_VERIFIER (found by PASSWORD_CLAIM_SECRET_BLOCK, so Session may be absent; each block answers
 * once) and NEW_PASSWORD_REQUIRED. A decoy PASSWORD_VERIFIER (an unknown user, see InitiateAuth) is checked like a
 * real one and refused with "Incorrect username or password.". SOFTWARE_TOKEN_MFA and MFA_SETUP: see
 * {@link SoftwareTokenChallengeAction}; SELECT_CHALLENGE, EMAIL_OTP and WEB_AUTHN belong to USER_AUTH (see
 * {@link UserAuthFlow}). Deviations: no SMS or email MFA, custom or device challenges; SECRET_HASH is not checked on
 * SELECT_CHALLENGE, EMAIL_OTP and WEB_AUTHN.
 */
final class RespondToAuthChallengeAction {

    static final String EXPIRED_SESSION = "Invalid session for the user, session is expired.";

    private final PoolServices services;
    private final SignInCompletion completion;
    private final ChallengeSessions sessions;
    private final DecoyUsers decoys;
    private final SoftwareTokenChallengeAction softwareToken;
    private final UserAuthFlow userAuth;

    RespondToAuthChallengeAction(PoolServices services, SignInCompletion completion, ChallengeSessions sessions,
            DecoyUsers decoys, SoftwareTokenChallengeAction softwareToken, UserAuthFlow userAuth) {
        this.services = services;
        this.userAuth = userAuth;
        this.completion = completion;
        this.sessions = sessions;
        this.decoys = decoys;
        this.softwareToken = softwareToken;
    }

    AuthResponse handle(RespondToAuthChallengeRequest request) {
        Map<String, String> responses = request.challengeResponses() == null ? Map.of() : request.challengeResponses();
        return switch (request.challengeName()) {
            case "PASSWORD_VERIFIER" -> verifyPassword(request.clientId(), responses);
            case "NEW_PASSWORD_REQUIRED" -> setNewPassword(request.clientId(), request.session(), responses);
            case "SOFTWARE_TOKEN_MFA" -> softwareToken.answerCode(request, responses);
            case "MFA_SETUP" -> softwareToken.answerSetup(request, responses);
            case "SELECT_CHALLENGE" -> userAuth.select(request.clientId(), request.session(), responses);
            case "EMAIL_OTP" -> userAuth.answerEmailOtp(request.clientId(), request.session(), responses);
            case "WEB_AUTHN" -> userAuth.answerWebAuthn(request.clientId(), request.session(), responses);
            default -> throw new PoolException(PoolError.INVALID_PARAMETER,
                    "Challenge " + request.challengeName() + " is not supported by the local pool.");
        };
    }

    private AuthResponse verifyPassword(String clientId, Map<String, String> responses) {
        String secretBlock = AuthParameters.require(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        String signature = AuthParameters.require(responses, "PASSWORD_CLAIM_SIGNATURE");
        String timestamp = AuthParameters.require(responses, "TIMESTAMP");
        PendingSrpLogin pending = services.pendingLogins().take(secretBlock)
                .filter(login -> login.clientId().equals(clientId))
                .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION));
        Participants who = participants(clientId, pending.username(), responses, true);
        if (SrpTimestamp.parse(timestamp).isEmpty()) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "TIMESTAMP format is invalid.");
        }
        byte[] block;
        try {
            block = Base64.getDecoder().decode(secretBlock);
        } catch (IllegalArgumentException e) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION);
        }
        // a decoy challenge (PreventUserExistenceErrors) is checked too, so that refusing it takes as long
        PasswordVerifier verifier = who.user() == null ? decoys.verifier(who.pool(), pending.username())
                : who.user().password();
        boolean proven = services.srp().timestampAcceptable(timestamp)
                && services.srp().verifyClaim(pending.challenge(), verifier, who.pool().srpPoolName(),
                        pending.username(), block, timestamp, signature);
        if (who.user() == null) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, SignInCompletion.WRONG_PASSWORD);
        }
        if (!proven) {
            throw completion.failed(who.user());
        }
        return completion.succeeded(who.pool(), who.client(), who.user());
    }

    private AuthResponse setNewPassword(String clientId, String session, Map<String, String> responses) {
        String newPassword = AuthParameters.require(responses, "NEW_PASSWORD");
        ChallengeSessions.Pending pending = sessions.find(session)
                .filter(p -> p.clientId().equals(clientId))
                .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION));
        Participants who = participants(clientId, pending.username(), responses, false);
        PasswordRules.check(who.pool().passwordPolicy(), newPassword); // a refused password keeps the session
        if (sessions.take(session).isEmpty()) { // answered meanwhile by another request
            throw new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED_SESSION);
        }
        PasswordVerifier verifier = PasswordVerifier.create(who.pool().srpPoolName(), who.user().username(),
                newPassword, services.random());
        StoredUser changed = who.user().withPassword(verifier, services.clock().instant())
                .withStatus(UserStatus.CONFIRMED, services.clock().instant());
        services.store().write(tx -> {
            tx.save(changed);
            return changed;
        });
        return completion.succeeded(who.pool(), who.client(), changed);
    }

    private record Participants(UserPool pool, AppClient client, StoredUser user) {
    }

    /** With {@code user} null only when {@code mayBeDecoy} and no such user exists (any more). */
    private Participants participants(String clientId, String username, Map<String, String> responses,
            boolean mayBeDecoy) {
        return services.store().read(view -> {
            AppClient client = ClientAccess.client(view, clientId);
            UserPool pool = ClientAccess.pool(view, client);
            StoredUser user = view.user(pool.id(), username).orElse(null);
            if (user == null && !mayBeDecoy) {
                throw new PoolException(PoolError.NOT_AUTHORIZED, SignInCompletion.WRONG_PASSWORD);
            }
            ClientAccess.checkSecretHash(client, responses.get("SECRET_HASH"), responses.get("USERNAME"), username);
            if (user != null) {
                completion.checkMayTry(user);
            }
            return new Participants(pool, client, user);
        });
    }
}
