package com.wildrydes.cognito.error;

import static com.wildrydes.cognito.error.CognitoFailureReason.*;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Translates whatever a Cognito call threw into the site's {@link CognitoAuthException}: the one place that
 * maps Cognito's error codes (the {@code __type} of an error answer) onto {@link CognitoFailureReason}s, and
 * logs the failure. Logs carry the step and the code, never Cognito's message (it can quote input) nor
 * anything the user typed.
 */
public final class CognitoErrorTranslator {

    /** The user-facing steps; the same code can mean different things in each. */
    public enum Step {
        SIGN_UP, CONFIRM_SIGN_UP, RESEND_CODE, SIGN_IN, COMPLETE_NEW_PASSWORD, REFRESH, FORGOT_PASSWORD,
        CONFIRM_FORGOT_PASSWORD, CHANGE_PASSWORD, CHECK_USER, MANAGE_USERS,
        /** Authenticator app: associating, turning on or off (no code checked). */
        AUTHENTICATOR_SETUP,
        /** Authenticator app: a code checked (VerifySoftwareToken, SOFTWARE_TOKEN_MFA). */
        AUTHENTICATOR_CODE,
        /** Passkeys on the account page: registering, listing, deleting. */
        PASSKEYS,
        /** Signing in with a passkey (USER_AUTH with WEB_AUTHN): a refusal is about the passkey, not a password. */
        PASSKEY_SIGN_IN
    }

    /** AWS's own answers to a request its credentials may not make: wrong, expired, missing or unprivileged. */
    private static final Set<String> CREDENTIAL_REFUSALS = Set.of("AccessDeniedException",
            "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
            "MissingAuthenticationTokenException", "IncompleteSignature");

    /** Cognito's answer when the pool's request rate quota is used up. */
    private static final String THROTTLING = "TooManyRequestsException";

    private static final Logger log = LoggerFactory.getLogger(CognitoErrorTranslator.class);

    private CognitoErrorTranslator() {
    }

    /** The site's exception for any failure of {@code step}: a Cognito answer, a transport failure or a bug. */
    public static CognitoAuthException translate(Step step, RuntimeException failure) {
        if (failure instanceof CognitoAuthException decided) {
            if (decided.failure() == UNAVAILABLE) { // e.g. the pool's key set unreachable: an outage, not a refusal
                log.warn("Cognito {} failed: {}", step, decided.cognitoCode());
            } else {
                log.info("Cognito {} refused: {} -> {}", step, decided.cognitoCode(), decided.failure());
            }
            return decided;
        }
        if (failure instanceof SdkClientException) { // timeouts, resets, answers that are not Cognito's: none to map
            log.warn("Cognito {} failed without an answer: {}", step, kindOf(failure));
            return new CognitoAuthException(UNAVAILABLE, null, failure);
        }
        if (!(failure instanceof AwsServiceException answer) || answer.awsErrorDetails() == null) {
            log.warn("Cognito {} failed unexpectedly", step, failure); // a bug here, or a server breaking protocol
            return new CognitoAuthException(UNAVAILABLE, null, failure);
        }
        return answered(step, answer);
    }

    private static CognitoAuthException answered(Step step, AwsServiceException answer) {
        String code = answer.awsErrorDetails().errorCode();
        String message = answer.awsErrorDetails().errorMessage();
        CognitoFailureReason mapped = answer.statusCode() >= 500 ? UNAVAILABLE : failureOf(step, code, message);
        // throttling is the site outgrowing its Cognito quota, not one user's doing: operators need to see it
        if (mapped == UNAVAILABLE || THROTTLING.equals(code)) {
            log.warn("Cognito {} failed: {} (HTTP {}, request {})",
                    step, code, answer.statusCode(), answer.requestId());
        } else {
            log.info("Cognito {} refused: {} -> {}", step, code, mapped);
        }
        PasswordRule rule = mapped == INVALID_PASSWORD ? PasswordRule.fromCognitoMessage(message) : null;
        return new CognitoAuthException(mapped, code, rule, answer);
    }

    /** The exception's type and its root cause's (a reset, a timeout, unreadable JSON): messages may quote data. */
    private static String kindOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = failure.getClass().getSimpleName();
        return root == failure ? kind : kind + " (" + root.getClass().getSimpleName() + ")";
    }

    /** Cognito's error code, or the exception's type when there was no answer; for log lines. */
    public static String codeOf(RuntimeException failure) {
        if (failure instanceof AwsServiceException answer && answer.awsErrorDetails() != null) {
            return answer.awsErrorDetails().errorCode();
        }
        return failure.getClass().getSimpleName();
    }

    static CognitoFailureReason failureOf(Step step, String code, String message) {
        if (step == Step.MANAGE_USERS && (isCredentialRefusal(code) || "NotAuthorizedException".equals(code))) {
            return ACCESS_DENIED;
        }
        return switch (code == null ? "" : code) {
            case "UsernameExistsException" -> USERNAME_EXISTS;
            case "InvalidPasswordException", "PasswordHistoryPolicyViolationException" -> INVALID_PASSWORD;
            case "InvalidParameterException" -> invalidParameter(step, message == null ? "" : message);
            case "LimitExceededException", "TooManyFailedAttemptsException" -> checksCode(step) ? CODE_USED_UP
                    : TOO_MANY_ATTEMPTS;
            case "TooManyRequestsException" -> TOO_MANY_ATTEMPTS;
            case "CodeMismatchException", "EnableSoftwareTokenMFAException" -> CODE_MISMATCH;
            case "ExpiredCodeException" -> step == Step.AUTHENTICATOR_CODE ? CODE_ALREADY_USED : EXPIRED_CODE;
            case "SoftwareTokenMFANotFoundException" -> AUTHENTICATOR_NOT_ENABLED;
            case "UserNotFoundException" -> step == Step.SIGN_IN ? INCORRECT_CREDENTIALS : USER_NOT_FOUND;
            case "UserNotConfirmedException" -> USER_NOT_CONFIRMED;
            case "PasswordResetRequiredException" -> PASSWORD_RESET_REQUIRED;
            case "NotAuthorizedException" -> notAuthorized(step, message == null ? "" : message);
            case "WebAuthnRelyingPartyMismatchException", "WebAuthnOriginNotAllowedException",
                    "WebAuthnClientMismatchException", "WebAuthnCredentialNotSupportedException" -> PASSKEY_REFUSED;
            case "WebAuthnNotEnabledException", "WebAuthnConfigurationMissingException" -> PASSKEYS_NOT_ENABLED;
            case "WebAuthnChallengeNotFoundException" -> SESSION_EXPIRED;
            default -> UNAVAILABLE;
        };
    }

    /** True when AWS refused the request's credentials or their permissions rather than its content. */
    public static boolean isCredentialRefusal(String code) {
        return code != null && CREDENTIAL_REFUSALS.contains(code);
    }

    /** Cognito uses NotAuthorizedException for several situations and tells them apart only in the message. */
    private static CognitoFailureReason notAuthorized(Step step, String message) {
        if (message.contains("Current status is CONFIRMED")) {
            return ALREADY_CONFIRMED;
        }
        if (message.contains("Password attempts exceeded")) {
            return LOCKED_OUT;
        }
        if (message.contains("session is expired")) {
            return SESSION_EXPIRED;
        }
        if (step == Step.CHANGE_PASSWORD && message.contains("Incorrect username or password")) {
            return WRONG_CURRENT_PASSWORD; // the access token is fine; the "previous" password is not
        }
        if (step == Step.PASSKEY_SIGN_IN) {
            return PASSKEY_REFUSED; // the assertion did not verify: another site's passkey, or a deleted one
        }
        return step == Step.SIGN_IN ? INCORRECT_CREDENTIALS : NOT_AUTHORIZED;
    }

    /** Too many wrong codes in a step that checks one: Cognito takes no more guesses at that code. */
    private static boolean checksCode(Step step) {
        return step == Step.CONFIRM_SIGN_UP || step == Step.CONFIRM_FORGOT_PASSWORD;
    }

    /**
     * Two InvalidParameterExceptions are about the user, not the request, and are told apart only in the message.
     * ForgotPassword for a user without a verified email reads as no user: with PreventUserExistenceErrors ENABLED
     * Cognito answers both with a simulated delivery, and the site must not tell them apart either.
     */
    private static CognitoFailureReason invalidParameter(Step step, String message) {
        if (step == Step.FORGOT_PASSWORD && message.contains("no registered/verified email")) {
            return USER_NOT_FOUND;
        }
        if (step == Step.RESEND_CODE && message.contains("already confirmed")) {
            return ALREADY_CONFIRMED;
        }
        return INVALID_PARAMETER;
    }
}
