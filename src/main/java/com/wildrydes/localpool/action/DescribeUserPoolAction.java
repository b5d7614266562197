package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.action.signin.SignInPolicies;
import com.wildrydes.localpool.wire.UserPoolShapes.DescribeUserPoolRequest;
import com.wildrydes.localpool.wire.UserPoolShapes.UserPoolResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html">DescribeUserPool</a>.
 * SignInPolicy comes from {@link SignInPolicies}. Deviations: describes only what the local pool keeps (see
 * CreateUserPool); EstimatedNumberOfUsers is exact.
 */
record DescribeUserPoolAction(PoolServices services, SignInPolicies policies) {

    UserPoolResponse handle(DescribeUserPoolRequest request) {
        return services.store().read(view -> {
            var pool = Pools.require(view, request.userPoolId());
            return new UserPoolResponse(PoolDescriptions.describe(pool, view.userCount(pool.id()), services.region(),
                    policies.allowedFirstAuthFactors(pool.id())));
        });
    }
}
