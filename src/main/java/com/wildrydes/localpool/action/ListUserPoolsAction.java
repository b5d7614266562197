package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.Page;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.UserPoolShapes.ListUserPoolsRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.ListUserPoolsResponse;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolDescriptionType;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html">ListUserPools</a>.
 * Pools come oldest first; NextToken is opaque.
 */
final class ListUserPoolsAction {

    private final PoolServices services;

    ListUserPoolsAction(PoolServices services) {
        this.services = services;
    }

    ListUserPoolsResponse handle(ListUserPoolsRequest request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", 60);
        String after = PageToken.decode(request.nextToken());
        List<UserPool> pools = services.store().read(view -> view.pools());
        Page<UserPoolDescriptionType> page = Page.of(Page.restAfter(pools, after, UserPool::id), limit, UserPool::id)
                .map(PoolDescriptions::summarize);
        return new ListUserPoolsResponse(page.items(), page.nextToken());
    }
}
