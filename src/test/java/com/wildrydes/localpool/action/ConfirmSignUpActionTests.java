package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.action.code.CodeCheck;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** ConfirmSignUp and ResendConfirmationCode through the AWS SDK. */
class ConfirmSignUpActionTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;
    String sub;

    @BeforeEach
    void signUp() {
        seed = PoolExamples.seed(pool.cognito());
        sub = pool.cognito().signUp(request -> request.clientId(seed.clientId()).username(EMAIL)
                .password(PoolExamples.PASSWORD)).userSub();
    }

    @Test
    void confirmSignUpWhenCodeMatchesThenUserIsConfirmedAndEmailVerified() {
        confirm(EMAIL, pool.lastCodeSentTo(EMAIL));

        var user = pool.cognito().adminGetUser(request -> request.userPoolId(seed.poolId()).username(EMAIL));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes()).anySatisfy(attribute -> {
            assertThat(attribute.name()).isEqualTo("email_verified");
            assertThat(attribute.value()).isEqualTo("true");
        });
    }

    @Test
    void confirmSignUpWhenEmailTypedInOtherCaseThenStillFindsTheUser() {
        confirm("ANN@EXAMPLE.COM", pool.lastCodeSentTo(EMAIL));

        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(seed.poolId()).username(sub))
                .userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void confirmSignUpWhenCodeWrongThenCodeMismatch() {
        assertThatThrownBy(() -> confirm(EMAIL, wrongCode()))
                .isInstanceOf(CodeMismatchException.class)
                .hasMessageContaining("Invalid verification code provided, please try again.");
    }

    @Test
    void confirmSignUpWhenCodeOlderThanADayThenExpiredCode() {
        String code = pool.lastCodeSentTo(EMAIL);
        pool.advance(Duration.ofHours(24).plusSeconds(1));

        assertThatThrownBy(() -> confirm(EMAIL, code))
                .isInstanceOf(ExpiredCodeException.class)
                .hasMessageContaining("Invalid code provided, please request a code again.");
    }

    @Test
    void confirmSignUpWhenAlreadyConfirmedThenNotAuthorizedWithTheStatus() {
        String code = pool.lastCodeSentTo(EMAIL);
        confirm(EMAIL, code);

        assertThatThrownBy(() -> confirm(EMAIL, code))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("User cannot be confirmed. Current status is CONFIRMED");
    }

    @Test
    void confirmSignUpWhenUserUnknownThenUserNotFound() {
        assertThatThrownBy(() -> confirm("bob@example.com", "123456"))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageContaining("Username/client id combination not found.");
    }

    @Test
    void confirmSignUpWhenTooManyWrongCodesThenLimitExceededEvenForTheRightCode() {
        String code = pool.lastCodeSentTo(EMAIL);
        for (int attempt = 0; attempt < CodeCheck.ATTEMPTS; attempt++) {
            assertThatThrownBy(() -> confirm(EMAIL, wrongCode())).isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> confirm(EMAIL, code)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void confirmSignUpWhenPoolRestartedThenTheEmailedCodeStillWorks() {
        String code = pool.lastCodeSentTo(EMAIL);

        pool.restart();
        confirm(EMAIL, code);

        assertThat(pool.cognito().adminGetUser(request -> request.userPoolId(seed.poolId()).username(EMAIL))
                .userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void resendConfirmationCodeWhenUnconfirmedThenNewCodeWorksAndOldOneNoLonger() {
        String old = pool.lastCodeSentTo(EMAIL);

        var delivery = pool.cognito().resendConfirmationCode(request -> request.clientId(seed.clientId()).username(EMAIL))
                .codeDeliveryDetails();
        String fresh = pool.lastCodeSentTo(EMAIL);

        assertThat(delivery.destination()).isEqualTo("a***@e***");
        assertThat(pool.outbox()).hasSize(2);
        if (!fresh.equals(old)) {
            assertThatThrownBy(() -> confirm(EMAIL, old)).isInstanceOf(CodeMismatchException.class);
        }
        confirm(EMAIL, fresh);
    }

    @Test
    void resendConfirmationCodeWhenAlreadyConfirmedThenInvalidParameter() {
        confirm(EMAIL, pool.lastCodeSentTo(EMAIL));

        assertThatThrownBy(() -> pool.cognito().resendConfirmationCode(request -> request.clientId(seed.clientId())
                .username(EMAIL)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("User is already confirmed.");
    }

    @Test
    void resendConfirmationCodeWhenUserUnknownThenUserNotFound() {
        assertThatThrownBy(() -> pool.cognito().resendConfirmationCode(request -> request.clientId(seed.clientId())
                .username("bob@example.com")))
                .isInstanceOf(UserNotFoundException.class);
    }

    private void confirm(String username, String code) {
        pool.cognito().confirmSignUp(request -> request.clientId(seed.clientId()).username(username)
                .confirmationCode(code));
    }

    private String wrongCode() {
        String right = pool.lastCodeSentTo(EMAIL);
        return right.equals("000000") ? "111111" : "000000";
    }
}
