package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Set;

/** A client's ExplicitAuthFlows: validation at creation, and which flows a sign-in may use. */
public final class AuthFlows {

    /** What Cognito gives a client created without ExplicitAuthFlows. */
    public static final List<String> DEFAULT = List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH",
            "ALLOW_CUSTOM_AUTH");

    private static final Set<String> CURRENT = Set.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH",
            "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH");
    private static final Set<String> LEGACY = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH");

    private AuthFlows() {
    }

    public static List<String> validated(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return DEFAULT;
        }
        boolean legacy = false;
        boolean current = false;
        for (String flow : requested) {
            legacy |= LEGACY.contains(flow);
            current |= CURRENT.contains(flow);
            if (!LEGACY.contains(flow) && !CURRENT.contains(flow)) {
                throw PoolException.validation(List.of("Value '[" + String.join(", ", requested)
                        + "]' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must satisfy enum value set: " + CURRENT + "]"));
            }
        }
        if (legacy && current) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    "ExplicitAuthFlows can not have both ALLOW_XXX and legacy values.");
        }
        return List.copyOf(requested);
    }

    /**
     * Whether the client allows {@code flow} (USER_SRP_AUTH, USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH, USER_AUTH).
     * Legacy configurations always allow SRP and refresh, as Cognito's did, and never USER_AUTH.
     */
    public static boolean allows(AppClient client, String flow) {
        List<String> flows = client.explicitAuthFlows();
        if (flows.contains("ALLOW_" + flow)) {
            return true;
        }
        if (flow.equals("USER_AUTH")) {
            return false;
        }
        boolean legacy = flows.stream().noneMatch(CURRENT::contains);
        return legacy && (flows.contains(flow) || !flow.equals("USER_PASSWORD_AUTH"));
    }
}
