package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PoolGroup;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html">AdminListGroupsForUser</a>.
 * Groups come in name order; NextToken is opaque. Any SigV4 signature is accepted.
 */
final class AdminListGroupsForUserAction implements CognitoAction<AdminListGroupsForUserAction.Request> {

    public record Request(@Required String username, @Required String userPoolId, Integer limit, String nextToken) {
    }

    public record Response(List<GroupType> groups, String nextToken) {
    }

    private final PoolServices services;

    AdminListGroupsForUserAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminListGroupsForUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        int limit = PageToken.limit(request.limit(), "limit", 60);
        String after = PageToken.decode(request.nextToken());
        List<PoolGroup> groups = services.store().read(view -> {
            var user = AdminUsers.require(view, request.userPoolId(), request.username());
            return view.groupsOf(user.poolId(), user.username());
        });
        List<PoolGroup> rest = groups.stream()
                .filter(group -> after == null || group.name().compareToIgnoreCase(after) > 0).toList();
        List<PoolGroup> page = rest.subList(0, Math.min(limit, rest.size()));
        String next = rest.size() > limit ? PageToken.after(page.get(page.size() - 1).name()) : null;
        return new Response(page.stream().map(GroupType::of).toList(), next);
    }
}
