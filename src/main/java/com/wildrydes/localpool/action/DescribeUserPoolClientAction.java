package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.wire.UserPoolClientShapes.DescribeUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html">DescribeUserPoolClient</a>.
 * Returns the client secret, as Cognito does.
 */
record DescribeUserPoolClientAction(PoolServices services) {

    UserPoolClientResponse handle(DescribeUserPoolClientRequest request) {
        return services.store().read(view -> new UserPoolClientResponse(PoolDescriptions.describe(
                Pools.requireClient(view, request.userPoolId(), request.clientId()))));
    }
}
