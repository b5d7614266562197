package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.Page;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ListUserPoolClientsRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.ListUserPoolClientsResponse;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientDescription;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html">ListUserPoolClients</a>.
 * Clients come oldest first; NextToken is opaque.
 */
final class ListUserPoolClientsAction {

    private final PoolServices services;

    ListUserPoolClientsAction(PoolServices services) {
        this.services = services;
    }

    ListUserPoolClientsResponse handle(ListUserPoolClientsRequest request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", 60);
        String after = PageToken.decode(request.nextToken());
        List<AppClient> clients = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.clients(request.userPoolId());
        });
        Page<UserPoolClientDescription> page = Page.of(Page.restAfter(clients, after, AppClient::clientId), limit,
                AppClient::clientId).map(PoolDescriptions::summarize);
        return new ListUserPoolClientsResponse(page.items(), page.nextToken());
    }
}
