package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.NewUserAttributes;
import com.wildrydes.localpool.action.rules.PasswordRules;
import com.wildrydes.localpool.action.rules.TemporaryPasswords;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminCreateUserRequest;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminCreateUserResponse;
import com.wildrydes.localpool.wire.AttributeType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html">AdminCreateUser</a>.
 * Creates the user in FORCE_CHANGE_PASSWORD with the TemporaryPassword (or a generated one) and emails the
 * invitation to the outbox unless MessageAction is SUPPRESS. Any SigV4 signature is accepted. Deviations: no
 * RESEND, no SMS, the temporary password does not expire.
 */
record AdminCreateUserAction(PoolServices services) {

    AdminCreateUserResponse handle(AdminCreateUserRequest request) {
        checkMessageAction(request.messageAction());
        UserPool pool = services.store().read(view -> Pools.require(view, request.userPoolId()));
        String password = request.temporaryPassword() != null ? request.temporaryPassword()
                : TemporaryPasswords.generate(pool.passwordPolicy(), services.random());
        PasswordRules.check(pool.passwordPolicy(), password);
        Map<String, String> attributes = NewUserAttributes.of(pool, request.username(), request.userAttributes());
        attributes.values().removeIf(Objects::isNull);
        if (attributes.containsKey("email")) {
            attributes.put("email_verified", verified(request.userAttributes()));
        }
        String sub = services.ids().sub();
        String username = pool.emailIsUsername() ? sub : request.username();
        PasswordVerifier verifier = PasswordVerifier.create(pool.srpPoolName(), username, password, services.random());
        Instant now = services.clock().instant();
        StoredUser user = StoredUser.create(pool.id(), username, sub, attributes, verifier,
                UserStatus.FORCE_CHANGE_PASSWORD, now);
        services.store().write(tx -> {
            checkNew(tx, pool, request.username(), user.email());
            tx.save(user);
            return user;
        });
        if (!"SUPPRESS".equals(request.messageAction()) && user.email() != null) {
            services.outbox().send(new OutboxMessage(user.email(), "Your temporary password",
                    "Your username is " + request.username() + " and temporary password is " + password + ".",
                    now.truncatedTo(ChronoUnit.SECONDS)));
        }
        return new AdminCreateUserResponse(UserDescriptions.describe(user));
    }

    /** MessageActionType is an enum in the service model: anything else is a validation error, not a default. */
    private static void checkMessageAction(String action) {
        if (action != null && !List.of("RESEND", "SUPPRESS").contains(action)) {
            throw PoolException.validation(List.of("Value '" + action + "' at 'messageAction' failed to satisfy "
                    + "constraint: Member must satisfy enum value set: [RESEND, SUPPRESS]"));
        }
    }

    private static void checkNew(StoreView view, UserPool pool, String username,
            String email) {
        boolean taken = pool.emailIsUsername() ? view.userByEmail(pool.id(), email).isPresent()
                : view.user(pool.id(), username).isPresent();
        if (taken) {
            throw new PoolException(PoolError.USERNAME_EXISTS, "User account already exists");
        }
    }

    private static String verified(List<AttributeType> given) {
        return "true".equals(AttributeType.toMap(given).get("email_verified")) ? "true" : "false";
    }
}
