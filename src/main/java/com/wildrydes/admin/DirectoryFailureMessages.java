package com.wildrydes.admin;

import com.wildrydes.cognito.error.CognitoAuthException;

/**
 * The sentence an administrator reads when a user-directory call fails. Phrased for someone managing
 * other people's accounts, unlike the sign-in wording of {@code CognitoFailureReason}'s own messages; each
 * takes the user's email as {0}.
 */
final class DirectoryFailureMessages {

    private DirectoryFailureMessages() {
    }

    static String messageKeyFor(CognitoAuthException failure) {
        return switch (failure.failure()) {
            case USERNAME_EXISTS -> "admin.error.exists";
            case USER_NOT_FOUND -> "admin.error.notFound";
            case INVALID_PASSWORD -> "admin.error.password";
            case INVALID_PARAMETER -> "admin.error.invalid";
            case ACCESS_DENIED -> "admin.error.accessDenied";
            case TOO_MANY_ATTEMPTS -> "admin.error.tooMany";
            default -> "admin.error.unavailable";
        };
    }
}
