package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolClientShapes.UserPoolClientType;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html">DescribeUserPoolClient</a>.
 * Returns the client secret, as Cognito does.
 */
final class DescribeUserPoolClientAction implements CognitoAction<DescribeUserPoolClientAction.Request> {

    public record Request(@Required String userPoolId, @Required String clientId) {
    }

    public record Response(UserPoolClientType userPoolClient) {
    }

    private final PoolServices services;

    DescribeUserPoolClientAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "DescribeUserPoolClient";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        return services.store().read(view -> new Response(UserPoolClientShapes.describe(
                Pools.requireClient(view, request.userPoolId(), request.clientId()))));
    }
}
