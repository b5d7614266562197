package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolShapes.UserPoolDescriptionType;
import com.wildrydes.localpool.user.UserPool;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html">ListUserPools</a>.
 * Pools come oldest first; NextToken is opaque.
 */
final class ListUserPoolsAction implements CognitoAction<ListUserPoolsAction.Request> {

    public record Request(String nextToken, @Required Integer maxResults) {
    }

    public record Response(List<UserPoolDescriptionType> userPools, String nextToken) {
    }

    private final PoolServices services;

    ListUserPoolsAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ListUserPools";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", 60);
        String after = PageToken.decode(request.nextToken());
        List<UserPool> pools = services.store().read(view -> view.pools());
        int start = 0;
        if (after != null) {
            start = indexOf(pools, after) + 1;
        }
        List<UserPool> page = pools.subList(start, Math.min(pools.size(), start + limit));
        String next = start + limit < pools.size() ? PageToken.after(page.get(page.size() - 1).id()) : null;
        return new Response(page.stream().map(UserPoolShapes::summarize).toList(), next);
    }

    private static int indexOf(List<UserPool> pools, String poolId) {
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i).id().equals(poolId)) {
                return i;
            }
        }
        throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid pagination token");
    }
}
