package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminGetUserResponse;
import com.wildrydes.localpool.wire.AdminUserShapes.AdminUserRequest;
import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html">AdminGetUser</a>.
 * Username may be the stored username or, where people sign in with it, the email. Any SigV4 signature is
 * accepted. Deviation: no MFA settings in the answer.
 */
final class AdminGetUserAction {

    private final PoolServices services;

    AdminGetUserAction(PoolServices services) {
        this.services = services;
    }

    AdminGetUserResponse handle(AdminUserRequest request) {
        StoredUser user = services.store().read(view -> AdminUsers.require(view, request.userPoolId(), request.username()));
        return new AdminGetUserResponse(user.username(), UserDescriptions.attributes(user),
                user.createdAt(), user.modifiedAt(), user.enabled(), user.status().name());
    }
}
