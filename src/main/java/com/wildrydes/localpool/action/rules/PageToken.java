package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Opaque pagination tokens: the key of the last item returned, Base64url-encoded. */
public final class PageToken {

    private PageToken() {
    }

    public static String after(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The key to continue after, or null for the first page. */
    public static String decode(String token) {
        if (token == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid pagination token");
        }
    }

    /** Cognito's range check for MaxResults / Limit. */
    public static int limit(Integer requested, String member, int max) {
        if (requested == null) {
            return max;
        }
        if (requested < 1 || requested > max) {
            String bound = requested < 1 ? "greater than or equal to 1" : "less than or equal to " + max;
            throw PoolException.validation(List.of("Value '" + requested + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value " + bound));
        }
        return requested;
    }
}
