package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.StoreTransaction;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.GroupShapes.GroupMembershipRequest;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/** AdminAddUserToGroup and AdminRemoveUserFromGroup: the same lookups, then one change to the membership. */
record GroupMembershipAction(PoolServices services) {

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html">AdminAddUserToGroup</a>.
     * Adding a member twice is harmless. Tokens issued from then on carry the group in cognito:groups. Any SigV4
     * signature is accepted.
     */
    EmptyResponse add(GroupMembershipRequest request) {
        return change(request, StoreTransaction::addToGroup);
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminRemoveUserFromGroup.html">AdminRemoveUserFromGroup</a>.
     * Removing a non-member is harmless. Tokens already issued keep their cognito:groups until they expire, as on
     * Cognito. Any SigV4 signature is accepted.
     */
    EmptyResponse remove(GroupMembershipRequest request) {
        return change(request, StoreTransaction::removeFromGroup);
    }

    private EmptyResponse change(GroupMembershipRequest request, Membership change) {
        services.store().write(tx -> {
            StoredUser user = AdminUsers.require(tx, request.userPoolId(), request.username());
            PoolGroup group = tx.group(request.userPoolId(), request.groupName()).orElseThrow(() ->
                    new PoolException(PoolError.RESOURCE_NOT_FOUND, "Group not found."));
            change.apply(tx, user, group);
            return null;
        });
        return new EmptyResponse();
    }

    @FunctionalInterface
    private interface Membership {
        void apply(StoreTransaction tx, StoredUser user, PoolGroup group);
    }
}
