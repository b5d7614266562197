package com.wildrydes.localpool.user;

import java.util.List;

/**
 * A pool's SignInPolicy.AllowedFirstAuthFactors as CreateUserPool or UpdateUserPool set it; a pool without one
 * has Cognito's default, PASSWORD alone.
 */
public record PoolSignInPolicy(String poolId, List<String> allowedFirstAuthFactors) {

    public PoolSignInPolicy {
        allowedFirstAuthFactors = List.copyOf(allowedFirstAuthFactors);
    }
}
