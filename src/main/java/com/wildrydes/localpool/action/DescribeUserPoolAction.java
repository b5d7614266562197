package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolShapes.UserPoolType;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html">DescribeUserPool</a>.
 * Deviations: describes only what the local pool keeps (see CreateUserPool); EstimatedNumberOfUsers is exact.
 */
final class DescribeUserPoolAction implements CognitoAction<DescribeUserPoolAction.Request> {

    public record Request(@Required String userPoolId) {
    }

    public record Response(UserPoolType userPool) {
    }

    private final PoolServices services;

    DescribeUserPoolAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "DescribeUserPool";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        return services.store().read(view -> {
            var pool = Pools.require(view, request.userPoolId());
            return new Response(UserPoolShapes.describe(pool, view.userCount(pool.id()), services.region()));
        });
    }
}
