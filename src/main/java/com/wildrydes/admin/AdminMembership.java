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

    /** False too when Cognito cannot say: admin powers fail closed (the directory would be failing as well). */
    boolean stillAdmin(SignedInUser admin) {
        try {
            return users.isMember(admin.identity().username(), PoolSpec.ADMINS_GROUP);
        } catch (CognitoAuthException failure) {
            return false; // the translator has logged the reason
        }
    }
}
