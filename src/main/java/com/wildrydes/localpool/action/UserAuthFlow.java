package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.signin.ChallengeSessions.Purpose;
import com.wildrydes.localpool.action.signin.DecoyUsers;
import com.wildrydes.localpool.action.signin.EmailOtpChallenge;
import com.wildrydes.localpool.action.signin.FirstFactors;
import com.wildrydes.localpool.action.signin.Passkeys;
import com.wildrydes.localpool.action.signin.WebAuthnChallenge;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.action.signin.SignInPolicies;
import com.wildrydes.localpool.srp.PendingSrpLogin;
import com.wildrydes.localpool.srp.SrpChallenge;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthParameters;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html#authentication-flows-selection-choice">Choice-based
 * sign-in</a>: InitiateAuth USER_AUTH, its SELECT_CHALLENGE, EMAIL_OTP and WEB_AUTHN answers, and USER_AUTH with ConfirmSignUp's
 * Session (signed in once, within the session's life, without another factor). PREFERRED_CHALLENGE is honoured when
 * {@link FirstFactors} offers it, else the answer is SELECT_CHALLENGE with AvailableChallenges. An unknown name on a
 * client that hides user existence gets a decoy that looks the same (offered no WEB_AUTHN, as a user without a
 * passkey). Deviation: no SMS_OTP.
 */
final class UserAuthFlow {

    /** Who signs in; {@code user} is null for a decoy. */
    record Caller(UserPool pool, AppClient client, StoredUser user, String typedUsername) {
    }

    private final PoolServices services;
    private final SignInCompletion completion;
    private final ChallengeSessions sessions;
    private final DecoyUsers decoys;
    private final SignInPolicies policies;
    private final EmailOtpChallenge emailOtp;
    private final WebAuthnChallenge webAuthn;

    UserAuthFlow(PoolServices services, SignInCompletion completion, ChallengeSessions sessions, DecoyUsers decoys,
            SignInPolicies policies, EmailOtpChallenge emailOtp, WebAuthnChallenge webAuthn) {
        this.services = services;
        this.completion = completion;
        this.sessions = sessions;
        this.decoys = decoys;
        this.policies = policies;
        this.emailOtp = emailOtp;
        this.webAuthn = webAuthn;
    }

    AuthResponse initiate(Caller caller, Map<String, String> parameters, String session) {
        if (session != null) {
            return afterSignUp(caller, session);
        }
        List<String> offered = offered(caller);
        String preferred = parameters.get("PREFERRED_CHALLENGE");
        if (preferred != null && offered.contains(preferred)) {
            return start(caller, preferred, parameters);
        }
        String selectSession = sessions.open(caller.pool().id(), caller.client().clientId(), usernameOf(caller),
                Purpose.SELECT_CHALLENGE, null);
        return AuthResponse.selectChallenge(selectSession, offered);
    }

    /** SELECT_CHALLENGE: ANSWER names one of the offered first factors, with what that factor needs. */
    AuthResponse select(String clientId, String session, Map<String, String> responses) {
        String answer = AuthParameters.require(responses, "ANSWER");
        ChallengeSessions.Pending pending = sessions.take(session)
                .filter(p -> p.answers(clientId, Purpose.SELECT_CHALLENGE))
                .orElseThrow(ChallengeSessions::expired);
        Caller caller = caller(pending);
        if (!offered(caller).contains(answer)) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "The challenge " + answer + " is not available.");
        }
        return start(caller, answer, responses);
    }

    AuthResponse answerEmailOtp(String clientId, String session, Map<String, String> responses) {
        String code = AuthParameters.require(responses, "EMAIL_OTP_CODE");
        return emailOtp.answer(clientId, session, code, pending -> {
            Caller caller = caller(pending);
            return new EmailOtpChallenge.Participants.Found(caller.pool(), caller.client(), caller.user());
        });
    }

    AuthResponse answerWebAuthn(String clientId, String session, Map<String, String> responses) {
        String credential = AuthParameters.require(responses, "CREDENTIAL");
        return webAuthn.answer(clientId, session, credential, pending -> {
            Caller caller = caller(pending);
            return new EmailOtpChallenge.Participants.Found(caller.pool(), caller.client(), caller.user());
        });
    }

    private List<String> offered(Caller caller) {
        String poolId = caller.pool().id();
        Standing standing = services.store().read(view -> new Standing(Passkeys.mayUse(view, caller.user()),
                FirstFactors.mfaApplies(view, poolId, caller.user())));
        return FirstFactors.offered(policies.allowedFirstAuthFactors(poolId), caller.user(), standing.passkey(),
                standing.mfa());
    }

    /** What decides the passwordless factors for a user: a usable passkey, and whether MFA applies to them. */
    private record Standing(boolean passkey, boolean mfa) {
    }

    private AuthResponse afterSignUp(Caller caller, String session) {
        ChallengeSessions.Pending pending = sessions.take(session)
                .filter(p -> p.answers(caller.client().clientId(), Purpose.SIGN_IN_AFTER_SIGN_UP))
                .filter(p -> caller.user() != null && p.username().equals(caller.user().username()))
                .orElseThrow(ChallengeSessions::expired);
        return completion.succeeded(caller.pool(), caller.client(), caller.user());
    }

    private AuthResponse start(Caller caller, String challenge, Map<String, String> parameters) {
        return switch (challenge) {
            case "EMAIL_OTP" -> emailOtp.start(caller.pool(), caller.client(), caller.user(), caller.typedUsername());
            case "WEB_AUTHN" -> webAuthn.start(caller.pool(), caller.client(), caller.user());
            case "PASSWORD" -> password(caller, AuthParameters.require(parameters, "PASSWORD"));
            case "PASSWORD_SRP" -> passwordSrp(caller, AuthParameters.require(parameters, "SRP_A"));
            default -> throw new PoolException(PoolError.INVALID_PARAMETER,
                    "The challenge " + challenge + " is not supported by the local pool.");
        };
    }

    private AuthResponse password(Caller caller, String password) {
        String userId = caller.user() == null ? decoys.userId(caller.pool(), caller.typedUsername())
                : caller.user().username();
        var verifier = caller.user() == null ? decoys.verifier(caller.pool(), userId) : caller.user().password();
        boolean matches = verifier.matches(caller.pool().srpPoolName(), userId, password); // decoys too: same time
        if (caller.user() == null) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, SignInCompletion.WRONG_PASSWORD);
        }
        if (!matches) {
            throw completion.failed(caller.user());
        }
        return completion.succeeded(caller.pool(), caller.client(), caller.user());
    }

    private AuthResponse passwordSrp(Caller caller, String srpA) {
        String userId = caller.user() == null ? decoys.userId(caller.pool(), caller.typedUsername())
                : caller.user().username();
        var verifier = caller.user() == null ? decoys.verifier(caller.pool(), userId) : caller.user().password();
        SrpChallenge challenge;
        try {
            challenge = services.srp().challenge(verifier, srpA);
        } catch (IllegalArgumentException e) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid SRP_A value.");
        }
        String secretBlock = services.pendingLogins().open(new PendingSrpLogin(caller.pool().id(),
                caller.client().clientId(), userId, challenge, null));
        return AuthResponse.challenge("PASSWORD_VERIFIER", null, Map.of("SALT", challenge.saltHex(),
                "SRP_B", challenge.srpBHex(), "SECRET_BLOCK", secretBlock, "USER_ID_FOR_SRP", userId,
                "USERNAME", userId));
    }

    private static String usernameOf(Caller caller) {
        return caller.user() == null ? caller.typedUsername() : caller.user().username();
    }

    /** The participants a session names: a user who has since gone reads as a decoy, and is refused the same way. */
    private Caller caller(ChallengeSessions.Pending pending) {
        return services.store().read(view -> {
            AppClient client = ClientAccess.client(view, pending.clientId());
            UserPool pool = ClientAccess.pool(view, client);
            StoredUser user = UserLookup.find(view, pool, pending.username()).orElse(null);
            if (user != null) {
                completion.checkMayTry(user);
            }
            return new Caller(pool, client, user, pending.username());
        });
    }
}
