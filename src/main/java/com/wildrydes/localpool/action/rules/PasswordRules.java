package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.PasswordPolicy;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/** Checks a new password against a pool's policy, in Cognito's order and with its messages. */
public final class PasswordRules {

    /** Cognito's special characters; a space inside the password counts too. */
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";
    private static final String PREFIX = "Password did not conform with policy: ";

    private PasswordRules() {
    }

    public static void check(PasswordPolicy policy, String password) {
        if (password == null || password.length() < policy.minimumLength()) {
            throw broken("Password not long enough");
        }
        if (policy.requireUppercase() && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            throw broken("Password must have uppercase characters");
        }
        if (policy.requireLowercase() && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            throw broken("Password must have lowercase characters");
        }
        if (policy.requireNumbers() && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            throw broken("Password must have numeric characters");
        }
        if (policy.requireSymbols() && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            throw broken("Password must have symbol characters");
        }
    }

    private static PoolException broken(String rule) {
        return new PoolException(PoolError.INVALID_PASSWORD, PREFIX + rule);
    }
}
