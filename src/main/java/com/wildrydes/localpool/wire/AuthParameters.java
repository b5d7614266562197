package com.wildrydes.localpool.wire;

import java.util.Map;

/** Reads AuthParameters / ChallengeResponses, failing with Cognito's message for a missing one. */
public final class AuthParameters {

    private AuthParameters() {
    }

    public static String require(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Missing required parameter " + name);
        }
        return value;
    }
}
