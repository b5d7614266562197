package com.wildrydes.localpool.user;

/**
 * A pool's password rules, as Cognito's PasswordPolicyType.
 *
 * @param minimumLength                 at least this many characters (Cognito default 8)
 * @param requireUppercase              at least one A-Z
 * @param requireLowercase              at least one a-z
 * @param requireNumbers                at least one 0-9
 * @param requireSymbols                at least one of Cognito's special characters
 * @param temporaryPasswordValidityDays how long an admin-set temporary password works
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
        boolean requireNumbers, boolean requireSymbols, int temporaryPasswordValidityDays) {

    /** What Cognito applies when a pool is created without a policy. */
    public static final PasswordPolicy COGNITO_DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);
}
