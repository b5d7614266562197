package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import com.wildrydes.localpool.wire.EmptyResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html">AdminDeleteUser</a>.
 * Deletes the user with their codes and group memberships; their tokens stop working. Any SigV4 signature is
 * accepted.
 */
final class AdminDeleteUserAction {

    private final PoolServices services;

    AdminDeleteUserAction(PoolServices services) {
        this.services = services;
    }

    EmptyResponse handle(AdminUserRequest request) {
        services.store().write(tx -> {
            tx.delete(AdminUsers.require(tx, request.userPoolId(), request.username()));
            return null;
        });
        return new EmptyResponse();
    }
}
