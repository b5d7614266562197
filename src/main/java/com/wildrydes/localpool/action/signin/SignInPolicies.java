package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each pool's SignInPolicy.AllowedFirstAuthFactors. Kept in memory until the store has a column for it: after a
 * restart a pool is back to Cognito's default, PASSWORD alone, until CreateUserPool or UpdateUserPool sets it again.
 */
public final class SignInPolicies {

    /** What Cognito gives a pool created without a SignInPolicy. */
    public static final List<String> DEFAULT = List.of("PASSWORD");

    private static final Set<String> FACTORS = Set.of("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN");

    private final Map<String, List<String>> byPool = new ConcurrentHashMap<>();

    public List<String> allowedFirstAuthFactors(String poolId) {
        return byPool.getOrDefault(poolId, DEFAULT);
    }

    /** Records the pool's factors; null keeps Cognito's default. PASSWORD must stay, as Cognito requires. */
    public void set(String poolId, List<String> factors) {
        if (factors == null) {
            byPool.remove(poolId);
            return;
        }
        for (String factor : factors) {
            if (!FACTORS.contains(factor)) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "AllowedFirstAuthFactors has an unsupported value: " + factor);
            }
        }
        if (!factors.contains("PASSWORD")) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    "AllowedFirstAuthFactors must include PASSWORD.");
        }
        byPool.put(poolId, List.copyOf(factors));
    }
}
