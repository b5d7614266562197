package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeMail;
import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.rules.AuthFlows;
import com.wildrydes.localpool.action.rules.NewUserAttributes;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.action.rules.PasswordRules;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.ConfirmationCode;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.CodeDeliveryDetailsType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.SignUpRequest;
import com.wildrydes.localpool.wire.SignUpShapes.SignUpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html">SignUp</a>.
 * In pools whose UsernameAttributes include email, Username is the email and the stored username is a new
 * UUID (equal to sub). A client that allows USER_AUTH gets a Session for ConfirmSignUp, which then leads to
 * InitiateAuth USER_AUTH without another factor (see {@link UserAuthFlow}). Deviations: no Lambda triggers, no ValidationData, no passwordless sign-up (Password
 * is required); the code email goes to the outbox.
 */
record SignUpAction(PoolServices services, ChallengeSessions sessions) {

    SignUpResponse handle(SignUpRequest request) {
        if (request.password() == null) {
            throw PoolException.validation(List.of(PoolException.missing("password")));
        }
        AppClient client = services.store().read(view -> ClientAccess.client(view, request.clientId()));
        UserPool pool = services.store().read(view -> checkedPool(view, request));
        PasswordRules.check(pool.passwordPolicy(), request.password());
        Map<String, String> attributes = NewUserAttributes.of(pool, request.username(), request.userAttributes());
        String sub = services.ids().sub();
        String username = pool.emailIsUsername() ? sub : request.username();
        // the verifier costs a modular exponentiation: computed before taking the store's write lock
        PasswordVerifier verifier = PasswordVerifier.create(pool.srpPoolName(), username, request.password(),
                services.random());
        Instant now = services.clock().instant();
        StoredUser user = StoredUser.create(pool.id(), username, sub, attributes, verifier, UserStatus.UNCONFIRMED, now);
        ConfirmationCode.Issued code = sendsCode(pool, user)
                ? ConfirmationCode.issue(pool.id(), username, CodePurpose.SIGN_UP, now, services.random()) : null;
        services.store().write(tx -> {
            NewUserAttributes.checkUnique(tx, pool, request.username(), user.email());
            tx.save(user);
            if (code != null) {
                tx.save(code.code());
            }
            return user;
        });
        CodeDeliveryDetailsType delivery = code == null ? null
                : CodeMail.send(services.outbox(), services.clock(), pool, user, code.digits());
        String session = AuthFlows.allows(client, "USER_AUTH") ? sessions.open(pool.id(), client.clientId(),
                username, ChallengeSessions.Purpose.SIGN_UP, null) : null;
        return new SignUpResponse(false, delivery, sub, session);
    }

    private static UserPool checkedPool(StoreView view, SignUpRequest request) {
        AppClient client = ClientAccess.client(view, request.clientId());
        ClientAccess.checkSecretHash(client, request.secretHash(), request.username());
        UserPool pool = ClientAccess.pool(view, client);
        if (pool.allowAdminCreateUserOnly()) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "SignUp is not permitted for this user pool");
        }
        return pool;
    }

    private static boolean sendsCode(UserPool pool, StoredUser user) {
        return pool.autoVerifiedAttributes().contains("email") && user.email() != null;
    }
}
