package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolClientShapes.UserPoolClientDescription;
import com.wildrydes.localpool.user.AppClient;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html">ListUserPoolClients</a>.
 * Clients come oldest first; NextToken is opaque.
 */
final class ListUserPoolClientsAction implements CognitoAction<ListUserPoolClientsAction.Request> {

    public record Request(@Required String userPoolId, Integer maxResults, String nextToken) {
    }

    public record Response(List<UserPoolClientDescription> userPoolClients, String nextToken) {
    }

    private final PoolServices services;

    ListUserPoolClientsAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ListUserPoolClients";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        int limit = PageToken.limit(request.maxResults(), "maxResults", 60);
        String after = PageToken.decode(request.nextToken());
        List<AppClient> clients = services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.clients(request.userPoolId());
        });
        int start = 0;
        while (after != null && start < clients.size() && !clients.get(start).clientId().equals(after)) {
            start++;
        }
        if (after != null && start++ == clients.size()) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid pagination token");
        }
        List<AppClient> page = clients.subList(start, Math.min(clients.size(), start + limit));
        String next = start + limit < clients.size() ? PageToken.after(page.get(page.size() - 1).clientId()) : null;
        return new Response(page.stream().map(UserPoolClientShapes::summarize).toList(), next);
    }
}
