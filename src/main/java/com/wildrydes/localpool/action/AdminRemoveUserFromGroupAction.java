package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.StoredUser;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRemoveUserFromGroup.html">AdminRemoveUserFromGroup</a>.
 * Removing a non-member is harmless. Tokens already issued keep their cognito:groups until they expire, as on
 * Cognito. Any SigV4 signature is accepted.
 */
final class AdminRemoveUserFromGroupAction implements CognitoAction<AdminRemoveUserFromGroupAction.Request> {

    public record Request(@Required String userPoolId, @Required String username, @Required String groupName) {
    }

    public record Response() {
    }

    private final PoolServices services;

    AdminRemoveUserFromGroupAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminRemoveUserFromGroup";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        services.store().write(tx -> {
            StoredUser user = AdminUsers.require(tx, request.userPoolId(), request.username());
            PoolGroup group = tx.group(request.userPoolId(), request.groupName()).orElseThrow(() ->
                    new PoolException(PoolError.RESOURCE_NOT_FOUND, "Group not found."));
            tx.removeFromGroup(user, group);
            return null;
        });
        return new Response();
    }
}
