package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.rules.AdminsGroup;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html">AdminConfirmSignUp</a>.
 * Confirms without a code; like Cognito, it does not mark the email verified. A configured admin email joins
 * {@code admins}, as at ConfirmSignUp. Any SigV4 signature is accepted.
 */
final class AdminConfirmSignUpAction {

    private final PoolServices services;

    AdminConfirmSignUpAction(PoolServices services) {
        this.services = services;
    }

    EmptyResponse handle(AdminUserRequest request) {
        services.store().write(tx -> {
            StoredUser user = AdminUsers.require(tx, request.userPoolId(), request.username());
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw new PoolException(PoolError.NOT_AUTHORIZED,
                        "User cannot be confirmed. Current status is " + user.status());
            }
            Instant now = services.clock().instant();
            tx.save(user.withStatus(UserStatus.CONFIRMED, now));
            tx.code(user.poolId(), user.username(), CodePurpose.SIGN_UP).ifPresent(tx::delete);
            if (services.isAdminEmail(user.email())) { // confirmed by an administrator is still confirmed
                AdminsGroup.join(tx, user, now);
            }
            return user;
        });
        return new EmptyResponse();
    }
}
