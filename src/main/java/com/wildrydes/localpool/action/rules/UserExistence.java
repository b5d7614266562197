package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;

/**
 * An app client's PreventUserExistenceErrors, as in
 * <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html">Managing
 * user existence error responses</a>: ENABLED hides whether a user exists; LEGACY (the API's default) does not.
 */
public final class UserExistence {

    private UserExistence() {
    }

    /** The setting to store: LEGACY when none was given; anything but ENABLED or LEGACY is refused as Cognito does. */
    public static String validated(String requested) {
        if (requested == null) {
            return AppClient.LEGACY;
        }
        if (!requested.equals(AppClient.ENABLED) && !requested.equals(AppClient.LEGACY)) {
            throw PoolException.validation(List.of("Value '" + requested + "' at 'preventUserExistenceErrors' failed "
                    + "to satisfy constraint: Member must satisfy enum value set: [LEGACY, ENABLED]"));
        }
        return requested;
    }
}
