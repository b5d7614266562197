package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.StoredUser;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html">ListUsers</a>.
 * Users come in username order; PaginationToken is opaque. Deviation: AttributesToGet is ignored (all attributes
 * are returned); filters are evaluated by scanning the pool.
 */
final class ListUsersAction implements CognitoAction<ListUsersAction.Request> {

    public record Request(@Required String userPoolId, Integer limit, String paginationToken, String filter) {
    }

    public record Response(List<UserType> users, String paginationToken) {
    }

    private final PoolServices services;

    ListUsersAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ListUsers";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        int limit = PageToken.limit(request.limit(), "limit", 60);
        String after = PageToken.decode(request.paginationToken());
        var filter = UserFilter.parse(request.filter());
        List<StoredUser> page = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.users(request.userPoolId(), after, limit + 1, filter);
        });
        boolean more = page.size() > limit;
        List<StoredUser> shown = more ? page.subList(0, limit) : page;
        String next = more ? PageToken.after(shown.get(shown.size() - 1).username()) : null;
        return new Response(shown.stream().map(UserType::of).toList(), next);
    }
}
