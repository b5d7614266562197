package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.user.PoolSignInPolicy;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Set;

/** Each pool's SignInPolicy.AllowedFirstAuthFactors, kept in the store (table {@code pool_sign_in}). */
public final class SignInPolicies {

    /** What Cognito gives a pool created without a SignInPolicy. */
    public static final List<String> DEFAULT = List.of("PASSWORD");

    private static final Set<String> FACTORS = Set.of("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN");

    private final PoolServices services;

    public SignInPolicies(PoolServices services) {
        this.services = services;
    }

    public List<String> allowedFirstAuthFactors(String poolId) {
        return services.store().read(view -> allowedFirstAuthFactors(view, poolId));
    }

    public static List<String> allowedFirstAuthFactors(StoreView view, String poolId) {
        return view.signInPolicy(poolId).map(PoolSignInPolicy::allowedFirstAuthFactors).orElse(DEFAULT);
    }

    /** Records the pool's factors; null is Cognito's default. PASSWORD must stay, as Cognito requires. */
    public void set(String poolId, List<String> factors) {
        List<String> kept = factors == null ? DEFAULT : factors;
        for (String factor : kept) {
            if (!FACTORS.contains(factor)) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "AllowedFirstAuthFactors has an unsupported value: " + factor);
            }
        }
        if (!kept.contains("PASSWORD")) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    "AllowedFirstAuthFactors must include PASSWORD.");
        }
        services.store().write(tx -> {
            tx.save(new PoolSignInPolicy(poolId, kept));
            return null;
        });
    }
}
