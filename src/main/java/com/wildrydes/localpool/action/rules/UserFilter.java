package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ListUsers' Filter: {@code attribute = "value"} (exact) or {@code attribute ^= "value"} (prefix), the value in
 * double quotes with {@code \"} and {@code \\} escapes. Matching ignores case, as Cognito's does, except for
 * {@code username} and {@code status}, which the service model documents as case-sensitive.
 */
public final class UserFilter {

    private static final Pattern SYNTAX = Pattern.compile("\\s*([\\w:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    private static final Map<String, Function<StoredUser, String>> ATTRIBUTES = Map.of(
            "username", StoredUser::username,
            "email", StoredUser::email,
            "sub", StoredUser::sub,
            "cognito:user_status", user -> user.status().name(),
            "status", user -> user.enabled() ? "Enabled" : "Disabled",
            "name", user -> user.attributes().get("name"),
            "given_name", user -> user.attributes().get("given_name"),
            "family_name", user -> user.attributes().get("family_name"),
            "preferred_username", user -> user.attributes().get("preferred_username"),
            "phone_number", user -> user.attributes().get("phone_number"));
    private static final Set<String> CASE_SENSITIVE = Set.of("username", "status");
    /** UserFilterType's length limit in the service model. */
    private static final int MAX_LENGTH = 256;

    private UserFilter() {
    }

    public static Predicate<StoredUser> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return user -> true;
        }
        if (filter.length() > MAX_LENGTH) {
            throw PoolException.validation(List.of("Value '" + filter + "' at 'filter' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_LENGTH));
        }
        Matcher matcher = SYNTAX.matcher(filter);
        if (!matcher.matches() || !ATTRIBUTES.containsKey(matcher.group(1))) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Error while parsing filter.");
        }
        Function<StoredUser, String> attribute = ATTRIBUTES.get(matcher.group(1));
        boolean prefix = matcher.group(2).equals("^=");
        Function<String, String> fold = CASE_SENSITIVE.contains(matcher.group(1))
                ? Function.identity() : value -> value.toLowerCase(Locale.ROOT);
        String wanted = fold.apply(unescape(matcher.group(3)));
        return user -> {
            String value = attribute.apply(user);
            if (value == null) {
                return false;
            }
            String folded = fold.apply(value);
            return prefix ? folded.startsWith(wanted) : folded.equals(wanted);
        };
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }
}
