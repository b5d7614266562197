package com.wildrydes.admin;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.provision.PoolSpec;
import com.wildrydes.signin.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in administrator is still in {@code admins}, asked of Cognito (AdminListGroupsForUser) rather
 * than read from the ID token, whose {@code cognito:groups} holds until the next refresh (up to an hour): a
 * demoted admin must lose these pages, and the power to make themselves admin again, at once. No cache: one
 * call per admin page, next to the one per row the list already makes.
 */
@Component
class AdminMembership {

    private final UserDirectory users;

    AdminMembership(UserDirectory users) {
        this.users = users;
    }

    /**
     * Only Cognito's "not a member" takes the pages away. When Cognito cannot say (throttled, down), the token's
     * claim stands: every admin action is itself a Cognito call and fails the same way, so the page shows the
     * friendly "try again" rather than a 403 that would tell an admin they lost their rights.
     */
    boolean stillAdmin(SignedInUser admin) {
        try {
            return users.isMember(admin.identity().username(), PoolSpec.ADMINS_GROUP);
        } catch (CognitoAuthException failure) {
            return true; // the translator has logged the reason
        }
    }
}
