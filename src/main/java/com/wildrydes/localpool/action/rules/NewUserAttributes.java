package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.PoolAttribute;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AttributeType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The attributes of a user being created, checked against the pool's schema as Cognito checks them. */
public final class NewUserAttributes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private NewUserAttributes() {
    }

    /** The attributes to store: email taken from the username where the email is the username; unverified. */
    public static Map<String, String> of(UserPool pool, String username, List<AttributeType> given) {
        Map<String, String> attributes = AttributeType.toMap(given);
        attributes.remove("sub");
        if (pool.emailIsUsername()) {
            if (!EMAIL.matcher(username).matches()) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "Username should be an email.");
            }
            attributes.put("email", username);
        }
        String email = attributes.get("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid email address format.");
        }
        for (PoolAttribute attribute : pool.schema()) {
            if (attribute.required() && isBlank(attributes.get(attribute.name()))) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "Attributes did not conform to the schema: " + attribute.name() + ": The attribute is required");
            }
        }
        if (email != null) {
            attributes.put("email_verified", "false");
        }
        return attributes;
    }

    /** The username (and, where it is the username, the email) must be new in the pool. */
    public static void checkUnique(StoreView view, UserPool pool, String username, String email) {
        if (pool.emailIsUsername()) {
            if (view.userByEmail(pool.id(), email).isPresent()) {
                throw new PoolException(PoolError.USERNAME_EXISTS, "An account with the given email already exists.");
            }
        } else if (view.user(pool.id(), username).isPresent()) {
            throw new PoolException(PoolError.USERNAME_EXISTS, "User already exists");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
