package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import com.wildrydes.localpool.wire.EmptyResponse;

/** AdminDisableUser and AdminEnableUser: the same call but for the state it sets. */
final class AdminUserEnablingAction {

    private final PoolServices services;

    AdminUserEnablingAction(PoolServices services) {
        this.services = services;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html">AdminDisableUser</a>.
     * A disabled user cannot sign in ("User is disabled.") and their tokens stop working. Any SigV4 signature is
     * accepted.
     */
    EmptyResponse disable(AdminUserRequest request) {
        return setEnabled(request, false);
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html">AdminEnableUser</a>.
     * Any SigV4 signature is accepted.
     */
    EmptyResponse enable(AdminUserRequest request) {
        return setEnabled(request, true);
    }

    private EmptyResponse setEnabled(AdminUserRequest request, boolean enabled) {
        services.store().write(tx -> {
            StoredUser user = AdminUsers.require(tx, request.userPoolId(), request.username());
            if (user.enabled() != enabled) {
                tx.save(user.withEnabled(enabled, services.clock().instant()));
            }
            return null;
        });
        return new EmptyResponse();
    }
}
