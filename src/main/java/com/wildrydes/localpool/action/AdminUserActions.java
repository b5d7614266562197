package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.rules.AdminsGroup;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoreTransaction;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminGetUserResponse;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The administrators' calls on one user, named by pool id and username (or, where people sign in with it, the
 * email); an unknown user is UserNotFoundException. Any SigV4 signature is accepted.
 */
record AdminUserActions(PoolServices services) {

    private record Found(StoredUser user, SoftwareToken token) {
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html">AdminGetUser</a>.
     * UserMFASettingList and PreferredMfaSetting as GetUser answers them. Deviation: no MFAOptions (SMS).
     */
    AdminGetUserResponse get(AdminUserRequest request) {
        var found = services.store().read(view -> {
            StoredUser user = AdminUsers.require(view, request.userPoolId(), request.username());
            return new Found(user, view.softwareToken(user.poolId(), user.username()));
        });
        StoredUser user = found.user();
        return new AdminGetUserResponse(user.username(), UserDescriptions.attributes(user), user.createdAt(),
                user.modifiedAt(), user.enabled(), user.status().name(), UserDescriptions.mfaSettings(found.token()),
                UserDescriptions.preferredMfa(found.token()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html">AdminConfirmSignUp</a>.
     * Confirms without a code; like Cognito, it does not mark the email verified. A configured admin email joins
     * {@code admins}, as at ConfirmSignUp.
     */
    EmptyResponse confirmSignUp(AdminUserRequest request) {
        return change(request, (tx, user) -> {
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
        });
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html">AdminDeleteUser</a>.
     * Deletes the user with their codes and group memberships; their tokens stop working.
     */
    EmptyResponse delete(AdminUserRequest request) {
        return change(request, StoreTransaction::delete);
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html">AdminDisableUser</a>.
     * A disabled user cannot sign in ("User is disabled.") and their tokens stop working.
     */
    EmptyResponse disable(AdminUserRequest request) {
        return setEnabled(request, false);
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html">AdminEnableUser</a>. */
    EmptyResponse enable(AdminUserRequest request) {
        return setEnabled(request, true);
    }

    private EmptyResponse setEnabled(AdminUserRequest request, boolean enabled) {
        return change(request, (tx, user) -> {
            if (user.enabled() != enabled) {
                tx.save(user.withEnabled(enabled, services.clock().instant()));
            }
        });
    }

    private EmptyResponse change(AdminUserRequest request, BiConsumer<StoreTransaction, StoredUser> change) {
        services.store().write(tx -> {
            change.accept(tx, AdminUsers.require(tx, request.userPoolId(), request.username()));
            return null;
        });
        return new EmptyResponse();
    }
}
