package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site's {@link CognitoAuthService} and {@link CognitoRegistration} against the real embedded pool over HTTP,
 * through the AWS SDK: each step of the four-page journey and each error the pages turn into a message.
 */
class CognitoAuthServiceOnLocalPoolTests extends SiteWithLocalPool {

    @Autowired
    CognitoAuthService auth;

    @Autowired
    CognitoRegistration registration;

    @Test
    void signUpThenDeliversAMaskedEmailAndTheCodeConfirmsAndSrpSignInVerifiesTokens() {
        String email = newEmail("Rider.One");
        CodeDelivery delivery = registration.signUp(email, PASSWORD);
        assertThat(delivery.destination()).startsWith("R***@").doesNotContain("Rider.One");
        assertThat(delivery.medium()).isEqualTo("EMAIL");

        registration.confirmSignUp(email.toLowerCase(), visitor.codeSentTo(email), null);
        SignInResult result = auth.signIn(email.toLowerCase(), PASSWORD);

        assertThat(result).isInstanceOfSatisfying(SignInResult.Authenticated.class, signedIn -> {
            assertThat(signedIn.identity().email()).isEqualToIgnoringCase(email);
            assertThat(signedIn.identity().emailVerified()).isTrue();
            assertThat(signedIn.identity().username()).isEqualTo(signedIn.identity().sub()); // email pools: a UUID
            assertThat(signedIn.tokens().refreshToken()).isNotBlank();
        });
    }

    @Test
    void signUpWhenEmailTakenOrPasswordWeakThenNamedFailures() {
        String email = newEmail("taken");
        registration.signUp(email, PASSWORD);

        assertFailure(() -> registration.signUp(email.toUpperCase(), PASSWORD), CognitoFailureReason.USERNAME_EXISTS);
        assertThatThrownBy(() -> registration.signUp(newEmail("weak"), "alllowercase1!"))
                .isInstanceOfSatisfying(CognitoAuthException.class, e -> {
                    assertThat(e.failure()).isEqualTo(CognitoFailureReason.INVALID_PASSWORD);
                    assertThat(e.brokenRule()).contains(PasswordRule.UPPERCASE);
                });
    }

    @Test
    void confirmWhenCodeWrongThenMismatchAndAUsedCodeCannotConfirmAgain() {
        String email = newEmail("resend");
        registration.signUp(email, PASSWORD);
        String first = visitor.codeSentTo(email);

        assertFailure(() -> registration.confirmSignUp(email, wrong(first), null), CognitoFailureReason.CODE_MISMATCH);
        registration.resendConfirmationCode(email);
        String second = visitor.codeSentTo(email);

        registration.confirmSignUp(email, second, null);
        assertFailure(() -> registration.confirmSignUp(email, second, null), CognitoFailureReason.ALREADY_CONFIRMED);
    }

    @Test
    void confirmWhenNoSuchUserThenCodeMismatchAsForAWrongCode() {
        // the site's client has PreventUserExistenceErrors ENABLED: an unknown email is not told apart
        assertFailure(() -> registration.confirmSignUp(newEmail("nobody"), "123456", null), CognitoFailureReason.CODE_MISMATCH);
    }

    @Test
    void signInWhenUnconfirmedWrongPasswordOrUnknownThenTheFailuresThePagesShow() {
        String email = newEmail("pending");
        registration.signUp(email, PASSWORD);

        assertFailure(() -> auth.signIn(email, PASSWORD), CognitoFailureReason.USER_NOT_CONFIRMED);
        registration.confirmSignUp(email, visitor.codeSentTo(email), null);
        assertFailure(() -> auth.signIn(email, "Wrong-Password-1"), CognitoFailureReason.INCORRECT_CREDENTIALS);
        assertFailure(() -> auth.signIn(newEmail("stranger"), PASSWORD), CognitoFailureReason.INCORRECT_CREDENTIALS);
    }

    private static void assertFailure(Runnable call, CognitoFailureReason expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CognitoAuthException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
