package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.Page;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.action.rules.UserFilter;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AdminUserShapes.ListUsersRequest;
import com.wildrydes.localpool.wire.AdminUserShapes.ListUsersResponse;
import com.wildrydes.localpool.wire.UserType;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html">ListUsers</a>.
 * Users come in username order; PaginationToken is opaque. Deviation: AttributesToGet is ignored (all attributes
 * are returned); filters are evaluated by scanning the pool.
 */
final class ListUsersAction {

    private final PoolServices services;

    ListUsersAction(PoolServices services) {
        this.services = services;
    }

    ListUsersResponse handle(ListUsersRequest request) {
        int limit = PageToken.limit(request.limit(), "limit", 60);
        String after = PageToken.decode(request.paginationToken());
        var filter = UserFilter.parse(request.filter());
        List<StoredUser> rest = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.users(request.userPoolId(), after, limit + 1, filter); // one more tells whether more remain
        });
        Page<UserType> page = Page.of(rest, limit, StoredUser::username).map(UserDescriptions::describe);
        return new ListUsersResponse(page.items(), page.nextToken());
    }
}
