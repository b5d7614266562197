package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.StoredUser;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html">AdminAddUserToGroup</a>.
 * Adding a member twice is harmless. Tokens issued from then on carry the group in cognito:groups. Any SigV4
 * signature is accepted.
 */
final class AdminAddUserToGroupAction implements CognitoAction<AdminAddUserToGroupAction.Request> {

    public record Request(@Required String userPoolId, @Required String username, @Required String groupName) {
    }

    public record Response() {
    }

    private final PoolServices services;

    AdminAddUserToGroupAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminAddUserToGroup";
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
            tx.addToGroup(user, group);
            return null;
        });
        return new Response();
    }
}
