package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.rules.Page;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.wire.GroupShapes.AdminListGroupsForUserRequest;
import com.wildrydes.localpool.wire.GroupShapes.AdminListGroupsForUserResponse;
import com.wildrydes.localpool.wire.GroupType;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html">AdminListGroupsForUser</a>.
 * Groups come in name order; NextToken is opaque. Any SigV4 signature is accepted.
 */
final class AdminListGroupsForUserAction {

    private final PoolServices services;

    AdminListGroupsForUserAction(PoolServices services) {
        this.services = services;
    }

    AdminListGroupsForUserResponse handle(AdminListGroupsForUserRequest request) {
        int limit = PageToken.limit(request.limit(), "limit", 60);
        String after = PageToken.decode(request.nextToken());
        List<PoolGroup> groups = services.store().read(view -> {
            var user = AdminUsers.require(view, request.userPoolId(), request.username());
            return view.groupsOf(user.poolId(), user.username());
        });
        // by name, not by position: a group deleted since the previous page does not break the token
        List<PoolGroup> rest = groups.stream()
                .filter(group -> after == null || group.name().compareToIgnoreCase(after) > 0).toList();
        Page<GroupType> page = Page.of(rest, limit, PoolGroup::name).map(UserDescriptions::describe);
        return new AdminListGroupsForUserResponse(page.items(), page.nextToken());
    }
}
