package com.wildrydes.cognito.directory;

import java.time.Instant;

/**
 * A user as the console's "Users" view shows them.
 *
 * @param username      Cognito's username (a UUID in pools that sign in by email); what management calls name
 * @param email         the email attribute, or null if the user has none
 * @param status        UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, EXTERNAL_PROVIDER, ...
 * @param emailVerified the email_verified attribute
 * @param enabled       false once an administrator disabled the user
 * @param created       UserCreateDate
 * @param lastModified  UserLastModifiedDate
 */
public record DirectoryUser(String username, String email, String status, boolean emailVerified, boolean enabled,
        Instant created, Instant lastModified) {
}
