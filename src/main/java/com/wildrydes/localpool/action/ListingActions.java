package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.Page;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.action.rules.UserFilter;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AdminUserShapes.ListUsersRequest;
import com.wildrydes.localpool.wire.AdminUserShapes.ListUsersResponse;
import com.wildrydes.localpool.wire.GroupShapes.AdminListGroupsForUserRequest;
import com.wildrydes.localpool.wire.GroupShapes.AdminListGroupsForUserResponse;
import com.wildrydes.localpool.wire.GroupType;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ListUserPoolClientsRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ListUserPoolClientsResponse;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientDescription;
import com.wildrydes.localpool.wire.UserPoolShapes.ListUserPoolsRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.ListUserPoolsResponse;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolDescriptionType;
import com.wildrydes.localpool.wire.UserType;
import java.util.List;

/**
 * The List* operations: at most 60 items a page (Cognito's range check on MaxResults / Limit), then an opaque
 * token naming the last item returned. They differ only in what they list and where a page starts ({@link Page}).
 */
final class ListingActions {

    private static final int MAX = 60;

    private final PoolServices services;

    ListingActions(PoolServices services) {
        this.services = services;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html">ListUserPools</a>.
     * Pools come oldest first.
     */
    ListUserPoolsResponse userPools(ListUserPoolsRequest request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", MAX);
        String after = PageToken.decode(request.nextToken());
        List<UserPool> pools = services.store().read(view -> view.pools());
        Page<UserPoolDescriptionType> page = Page.of(Page.restAfter(pools, after, UserPool::id), limit, UserPool::id)
                .map(PoolDescriptions::summarize);
        return new ListUserPoolsResponse(page.items(), page.nextToken());
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html">ListUserPoolClients</a>.
     * Clients come oldest first.
     */
    ListUserPoolClientsResponse userPoolClients(ListUserPoolClientsRequest request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", MAX);
        String after = PageToken.decode(request.nextToken());
        List<AppClient> clients = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.clients(request.userPoolId());
        });
        Page<UserPoolClientDescription> page = Page.of(Page.restAfter(clients, after, AppClient::clientId), limit,
                AppClient::clientId).map(PoolDescriptions::summarize);
        return new ListUserPoolClientsResponse(page.items(), page.nextToken());
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html">ListUsers</a>.
     * Users come in username order. Deviation: AttributesToGet is ignored (all attributes are returned); filters
     * are evaluated by scanning the pool.
     */
    ListUsersResponse users(ListUsersRequest request) {
        int limit = PageToken.limit(request.limit(), "limit", MAX);
        String after = PageToken.decode(request.paginationToken());
        var filter = UserFilter.parse(request.filter());
        List<StoredUser> rest = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.users(request.userPoolId(), after, limit + 1, filter); // one more tells whether more remain
        });
        Page<UserType> page = Page.of(rest, limit, StoredUser::username).map(UserDescriptions::describe);
        return new ListUsersResponse(page.items(), page.nextToken());
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html">AdminListGroupsForUser</a>.
     * Groups come in name order. Any SigV4 signature is accepted.
     */
    AdminListGroupsForUserResponse groupsForUser(AdminListGroupsForUserRequest request) {
        int limit = PageToken.limit(request.limit(), "limit", MAX);
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
