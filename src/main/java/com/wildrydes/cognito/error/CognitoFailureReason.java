package com.wildrydes.cognito.error;

/**
 * Why a Cognito call failed, as the site cares about it: the reason a {@link CognitoAuthException} carries.
 * Each has one message key in messages.properties; {@link CognitoErrorTranslator} maps Cognito's error codes
 * onto these in one place.
 */
public enum CognitoFailureReason {
    USERNAME_EXISTS("error.cognito.usernameExists"),
    INVALID_PASSWORD("error.cognito.invalidPassword"),
    INVALID_PARAMETER("error.cognito.invalidParameter"),
    TOO_MANY_ATTEMPTS("error.cognito.tooManyAttempts"),
    /** ConfirmSignUp or ConfirmForgotPassword after too many wrong codes: this code no longer works, a new one may. */
    CODE_USED_UP("error.cognito.codeUsedUp"),
    CODE_MISMATCH("error.cognito.codeMismatch"),
    EXPIRED_CODE("error.cognito.expiredCode"),
    ALREADY_CONFIRMED("error.cognito.alreadyConfirmed"),
    /** Only the admin pages may say so; the public pages answer as if the user existed. */
    USER_NOT_FOUND("error.cognito.userNotFound"),
    /**
     * "Password attempts exceeded": a real account paused after wrong passwords. Pages show it as a wrong password
     * (only real accounts get locked, so words of its own would tell them apart); metrics count it apart.
     */
    LOCKED_OUT("error.cognito.incorrectCredentials"),
    /** Wrong password or unknown user at sign-in: one message so the page reveals nothing. */
    INCORRECT_CREDENTIALS("error.cognito.incorrectCredentials"),
    USER_NOT_CONFIRMED("error.cognito.userNotConfirmed"),
    PASSWORD_RESET_REQUIRED("error.cognito.passwordResetRequired"),
    /** Any NotAuthorizedException that is not about credentials (e.g. a revoked token, a disabled user). */
    NOT_AUTHORIZED("error.cognito.notAuthorized"),
    /** A challenge Session that Cognito no longer accepts. */
    SESSION_EXPIRED("error.cognito.sessionExpired"),
    /** ChangePassword: the current password given is not the user's. */
    WRONG_CURRENT_PASSWORD("error.cognito.wrongCurrentPassword"),
    /** A management call (user directory) the site's AWS credentials may not make. */
    ACCESS_DENIED("error.cognito.accessDenied"),
    /** An authenticator code Cognito accepted before: a code works once; the app shows the next one in 30 s. */
    CODE_ALREADY_USED("error.cognito.codeAlreadyUsed"),
    /** The pool does not allow authenticator apps (SoftwareTokenMFANotFoundException). */
    AUTHENTICATOR_NOT_ENABLED("error.cognito.authenticatorNotEnabled"),
    /** A passkey Cognito would not accept: made for another site (relying party), origin or app client. */
    PASSKEY_REFUSED("error.cognito.passkeyRefused"),
    /** The pool has no WebAuthn relying party, or does not allow passkeys as a first factor. */
    PASSKEYS_NOT_ENABLED("error.cognito.passkeysNotEnabled"),
    /** Throttling, 5xx, timeouts, connection refused, or anything unexpected: try again. */
    UNAVAILABLE("error.cognito.unavailable");

    private final String messageKey;

    CognitoFailureReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
