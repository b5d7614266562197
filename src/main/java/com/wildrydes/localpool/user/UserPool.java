package com.wildrydes.localpool.user;

import java.time.Instant;
import java.util.List;

/**
 * A user pool.
 *
 * @param id                       {@code <region>_<9 alphanumerics>}, as Cognito's
 * @param name                     the pool's name, e.g. WildRydes
 * @param createdAt                creation time
 * @param modifiedAt               last change
 * @param usernameAttributes       [email] when people sign up with their email instead of a username
 * @param aliasAttributes          attributes that may also be used to sign in
 * @param autoVerifiedAttributes   [email] when a code is emailed at sign-up
 * @param passwordPolicy           password rules
 * @param schema                   the attributes the pool declares beyond the standard ones
 * @param allowAdminCreateUserOnly true when SignUp is closed to the public
 * @param verificationSubject      subject of the code email
 * @param verificationMessage      body of the code email; {@code {####}} stands for the code
 */
public record UserPool(String id, String name, Instant createdAt, Instant modifiedAt,
        List<String> usernameAttributes, List<String> aliasAttributes, List<String> autoVerifiedAttributes,
        PasswordPolicy passwordPolicy, List<PoolAttribute> schema, boolean allowAdminCreateUserOnly,
        String verificationSubject, String verificationMessage) {

    public UserPool {
        usernameAttributes = List.copyOf(usernameAttributes);
        aliasAttributes = List.copyOf(aliasAttributes);
        autoVerifiedAttributes = List.copyOf(autoVerifiedAttributes);
        schema = List.copyOf(schema);
    }

    /** True when the email is what people type as their username (the stored username is then a UUID). */
    public boolean emailIsUsername() {
        return usernameAttributes.contains("email");
    }

    /** The pool name SRP uses: the part of the id after the underscore. */
    public String srpPoolName() {
        return id.substring(id.indexOf('_') + 1);
    }
}
