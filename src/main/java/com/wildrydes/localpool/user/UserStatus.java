package com.wildrydes.localpool.user;

/** Cognito's UserStatusType values the local pool uses. */
public enum UserStatus {
    /** Signed up, email not yet confirmed with the code. */
    UNCONFIRMED,
    /** Can sign in. */
    CONFIRMED,
    /** Created by an admin with a temporary password; must choose a new one at first sign-in. */
    FORCE_CHANGE_PASSWORD,
    /** An admin reset the password; the user must use ForgotPassword. */
    RESET_REQUIRED
}
