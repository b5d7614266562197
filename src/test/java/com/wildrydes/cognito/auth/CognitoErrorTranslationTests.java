package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.error.CognitoFailureReason.INVALID_PASSWORD;
import static com.wildrydes.cognito.error.CognitoFailureReason.TOO_MANY_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.auth.CognitoSteps.Call;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every Cognito error the pages distinguish, sent in Cognito's wire format; see also CognitoUnavailableTests. */
@ExtendWith(OutputCaptureExtension.class)
class CognitoErrorTranslationTests {

    final CognitoSteps steps = new CognitoSteps();

    @AfterEach
    void stop() {
        steps.close();
    }

    /** Each row: the step, Cognito's __type and message, and what the site makes of it. */
    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            SIGN_UP       | UsernameExistsException        | User already exists                                   | USERNAME_EXISTS
            SIGN_UP       | InvalidParameterException      | Invalid email address format.                         | INVALID_PARAMETER
            SIGN_UP       | TooManyRequestsException       | Too many requests                                     | TOO_MANY_ATTEMPTS
            RESEND        | LimitExceededException         | Attempt limit exceeded, please try after some time.   | TOO_MANY_ATTEMPTS
            CONFIRM       | TooManyFailedAttemptsException | Too many failed attempts.                             | CODE_USED_UP
            CONFIRM       | LimitExceededException         | Attempt limit exceeded, please try after some time.   | CODE_USED_UP
            CONFIRM       | TooManyRequestsException       | Too many requests                                     | TOO_MANY_ATTEMPTS
            RESEND        | InvalidParameterException      | User is already confirmed.                            | ALREADY_CONFIRMED
            CONFIRM       | CodeMismatchException          | Invalid verification code provided, please try again. | CODE_MISMATCH
            CONFIRM       | ExpiredCodeException           | Invalid code provided, please request a code again.   | EXPIRED_CODE
            CONFIRM       | NotAuthorizedException         | User cannot be confirmed. Current status is CONFIRMED | ALREADY_CONFIRMED
            CONFIRM       | UserNotFoundException          | Username/client id combination not found.             | USER_NOT_FOUND
            RESEND        | NotAuthorizedException         | User is disabled.                                     | NOT_AUTHORIZED
            SIGN_IN       | NotAuthorizedException         | Incorrect username or password.                       | INCORRECT_CREDENTIALS
            SIGN_IN       | UserNotFoundException          | User does not exist.                                  | INCORRECT_CREDENTIALS
            SIGN_IN       | NotAuthorizedException         | Password attempts exceeded                            | LOCKED_OUT
            SIGN_IN       | UserNotConfirmedException      | User is not confirmed.                                | USER_NOT_CONFIRMED
            SIGN_IN       | PasswordResetRequiredException | Password reset required for the user                  | PASSWORD_RESET_REQUIRED
            SIGN_IN_PROOF | NotAuthorizedException         | Incorrect username or password.                       | INCORRECT_CREDENTIALS
            SIGN_IN_PROOF | NotAuthorizedException         | Invalid session for the user, session is expired.     | SESSION_EXPIRED
            SIGN_UP       | ResourceNotFoundException      | User pool client does not exist.                      | UNAVAILABLE
            NEW_PASSWORD  | NotAuthorizedException         | Invalid session for the user, session is expired.     | SESSION_EXPIRED
            NEW_PASSWORD  | InvalidPasswordException       | Password does not conform to policy: Password not long enough | INVALID_PASSWORD
            REFRESH       | NotAuthorizedException         | Refresh Token has been revoked                        | NOT_AUTHORIZED
            REFRESH       | NotAuthorizedException         | Refresh Token has expired                             | NOT_AUTHORIZED
            FORGOT        | InvalidParameterException      | Cannot reset password for the user as there is no registered/verified email or phone_number | USER_NOT_FOUND
            FORGOT        | LimitExceededException         | Attempt limit exceeded, please try after some time.   | TOO_MANY_ATTEMPTS
            FORGOT        | NotAuthorizedException         | User is disabled.                                     | NOT_AUTHORIZED
            CONFIRM_FORGOT | CodeMismatchException         | Invalid verification code provided, please try again. | CODE_MISMATCH
            CONFIRM_FORGOT | ExpiredCodeException          | Invalid code provided, please request a code again.   | EXPIRED_CODE
            CONFIRM_FORGOT | InvalidPasswordException      | Password did not conform with policy: Password must have numeric characters | INVALID_PASSWORD
            CONFIRM_FORGOT | PasswordHistoryPolicyViolationException | Password cannot be reused.           | INVALID_PASSWORD
            CONFIRM_FORGOT | InvalidParameterException     | 1 validation error detected                           | INVALID_PARAMETER
            CONFIRM_FORGOT | LimitExceededException        | Attempt limit exceeded, please try after some time.   | CODE_USED_UP
            CHANGE        | NotAuthorizedException         | Incorrect username or password.                       | WRONG_CURRENT_PASSWORD
            CHANGE        | NotAuthorizedException         | Access Token has been revoked                         | NOT_AUTHORIZED
            CHANGE        | LimitExceededException         | Attempt limit exceeded, please try after some time.   | TOO_MANY_ATTEMPTS
            CHANGE        | InvalidPasswordException       | Password did not conform with policy: Password must have symbol characters | INVALID_PASSWORD
            """)
    void cognitoErrorBecomesTheSitesFailureWithItsCode(Call call, String type, String message, CognitoFailureReason expected) {
        steps.stubError(call, error(400, type, message));

        CognitoAuthException thrown = steps.thrownBy(call);

        assertThat(thrown.failure()).isEqualTo(expected);
        assertThat(thrown.cognitoCode()).isEqualTo(type);
        assertThat(thrown.messageKey()).isEqualTo(expected.messageKey());
    }

    @Test
    void invalidPasswordNamesTheRuleThePasswordBroke() {
        steps.stubError(Call.SIGN_UP, error(400, "InvalidPasswordException",
                "Password did not conform with policy: Password must have symbol characters"));

        CognitoAuthException thrown = steps.thrownBy(Call.SIGN_UP);

        assertThat(thrown.failure()).isEqualTo(INVALID_PASSWORD);
        assertThat(thrown.brokenRule()).contains(PasswordRule.SYMBOL);
    }

    @Test
    void throttlingIsLoggedAsAWarningForOperatorsAndTheUserMayTryAgainShortly(CapturedOutput output) {
        steps.stubError(Call.FORGOT, error(400, "TooManyRequestsException", "Too many requests"));

        CognitoAuthException thrown = steps.thrownBy(Call.FORGOT);

        assertThat(thrown.failure()).isEqualTo(TOO_MANY_ATTEMPTS);
        assertThat(output.getAll().lines().filter(line -> line.contains("TooManyRequestsException")))
                .singleElement().asString().contains("WARN", "FORGOT_PASSWORD");
    }

    @Test
    void failuresAreLoggedWithTheCodeButNeverWithWhatTheUserTyped(CapturedOutput output) {
        steps.stubError(Call.CONFIRM, error(400, "CodeMismatchException", "Invalid verification code provided, please try again."));
        steps.stubError(Call.SIGN_UP, error(500, "InternalErrorException", "Internal server error."));

        steps.thrownBy(Call.CONFIRM);
        steps.thrownBy(Call.SIGN_UP);

        assertThat(output.getAll()).contains("CodeMismatchException", "InternalErrorException")
                .doesNotContain(CognitoSteps.CODE, CognitoSteps.PASSWORD, CognitoSteps.EMAIL);
    }
}
