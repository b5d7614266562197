package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.action.rules.AuthFlows;
import com.wildrydes.localpool.action.signin.DecoyUsers;
import com.wildrydes.localpool.action.signin.RefreshTokenFlow;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.srp.PendingSrpLogin;
import com.wildrydes.localpool.srp.SrpChallenge;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthParameters;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.AuthShapes.InitiateAuthRequest;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a>
 * with USER_SRP_AUTH (answers PASSWORD_VERIFIER), USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH / REFRESH_TOKEN and
 * USER_AUTH (see {@link UserAuthFlow}: a preferred first factor, SELECT_CHALLENGE, or ConfirmSignUp's Session).
 * An unknown user gets "Incorrect username or password."; with PreventUserExistenceErrors ENABLED, USER_SRP_AUTH
 * first answers a decoy PASSWORD_VERIFIER challenge (stable salt and user id per name, built with the same work as a
 * real one) that RespondToAuthChallenge then refuses with that message. Deviations: no CUSTOM_AUTH or MFA; no device tracking; a LEGACY client also gets NotAuthorizedException (Cognito's says UserNotFoundException).
 */
final class InitiateAuthAction {

    /** Who signs in; {@code user} is null for an unknown name on a client that hides user existence. */
    private record Caller(UserPool pool, AppClient client, StoredUser user, String typedUsername) {

        String userIdForSrp(DecoyUsers decoys) {
            return user == null ? decoys.userId(pool, typedUsername) : user.username();
        }

        PasswordVerifier verifier(DecoyUsers decoys) {
            return user == null ? decoys.verifier(pool, userIdForSrp(decoys)) : user.password();
        }
    }

    private final PoolServices services;
    private final SignInCompletion completion;
    private final RefreshTokenFlow refresh;
    private final DecoyUsers decoys;
    private final UserAuthFlow userAuth;

    InitiateAuthAction(PoolServices services, SignInCompletion completion, DecoyUsers decoys, UserAuthFlow userAuth) {
        this.services = services;
        this.userAuth = userAuth;
        this.completion = completion;
        this.refresh = new RefreshTokenFlow(services, completion);
        this.decoys = decoys;
    }

    AuthResponse handle(InitiateAuthRequest request) {
        Map<String, String> parameters = request.authParameters() == null ? Map.of() : request.authParameters();
        AppClient client = services.store().read(view -> ClientAccess.client(view, request.clientId()));
        String flow = request.authFlow().equals("REFRESH_TOKEN") ? "REFRESH_TOKEN_AUTH" : request.authFlow();
        if (!List.of("USER_SRP_AUTH", "USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH", "USER_AUTH").contains(flow)) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Initiate Auth method not supported.");
        }
        if (!AuthFlows.allows(client, flow)) {
            throw new PoolException(PoolError.INVALID_PARAMETER, flow + " flow not enabled for this client");
        }
        return switch (flow) {
            case "USER_SRP_AUTH" -> startSrp(caller(client, parameters), parameters);
            case "USER_PASSWORD_AUTH" -> checkPassword(caller(client, parameters), parameters);
            case "USER_AUTH" -> userAuth(caller(client, parameters), parameters, request.session());
            default -> refresh.refresh(client, parameters);
        };
    }

    private Caller caller(AppClient client, Map<String, String> parameters) {
        String username = AuthParameters.require(parameters, "USERNAME");
        return services.store().read(view -> {
            UserPool pool = ClientAccess.pool(view, client);
            StoredUser user = UserLookup.find(view, pool, username).orElse(null);
            ClientAccess.checkSecretHash(client, parameters.get("SECRET_HASH"), username,
                    user == null ? null : user.username());
            if (user == null && !client.hidesUserExistence()) {
                throw new PoolException(PoolError.NOT_AUTHORIZED, SignInCompletion.WRONG_PASSWORD);
            }
            if (user != null) {
                completion.checkMayTry(user);
            }
            return new Caller(pool, client, user, username);
        });
    }

    private AuthResponse userAuth(Caller caller, Map<String, String> parameters, String session) {
        return userAuth.initiate(new UserAuthFlow.Caller(caller.pool(), caller.client(), caller.user(),
                caller.typedUsername()), parameters, session);
    }

    private AuthResponse startSrp(Caller caller, Map<String, String> parameters) {
        String srpA = AuthParameters.require(parameters, "SRP_A");
        SrpChallenge challenge;
        try {
            challenge = services.srp().challenge(caller.verifier(decoys), srpA);
        } catch (IllegalArgumentException e) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid SRP_A value.");
        }
        String username = caller.userIdForSrp(decoys);
        String secretBlock = services.pendingLogins().open(new PendingSrpLogin(caller.pool().id(),
                caller.client().clientId(), username, challenge, null));
        return AuthResponse.challenge("PASSWORD_VERIFIER", null, Map.of("SALT", challenge.saltHex(),
                "SRP_B", challenge.srpBHex(), "SECRET_BLOCK", secretBlock, "USER_ID_FOR_SRP", username,
                "USERNAME", username));
    }

    private AuthResponse checkPassword(Caller caller, Map<String, String> parameters) {
        String password = AuthParameters.require(parameters, "PASSWORD");
        StoredUser user = caller.user();
        boolean matches = caller.verifier(decoys).matches(caller.pool().srpPoolName(), caller.userIdForSrp(decoys),
                password); // for an unknown user too: the same work, so the answer takes as long
        if (user == null) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, SignInCompletion.WRONG_PASSWORD);
        }
        if (!matches) {
            throw completion.failed(user);
        }
        return completion.succeeded(caller.pool(), caller.client(), user);
    }
}
