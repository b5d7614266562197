package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** ForgotPassword, ConfirmForgotPassword and ChangePassword through the AWS SDK. */
class PasswordResetActionsTests {

    static final String EMAIL = "ann@example.com";
    static final String NEW_PASSWORD = "Pegasus-Flight2";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void confirmedUser() {
        seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(EMAIL).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
    }

    @Test
    void forgotPasswordThenTheEmailedCodeSetsANewPasswordOnce() {
        var delivery = pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username(EMAIL))
                .codeDeliveryDetails();
        String code = pool.lastCodeSentTo(EMAIL);

        confirmForgot(code, NEW_PASSWORD);

        assertThat(delivery.destination()).isEqualTo("a***@e***");
        assertThat(signIn(NEW_PASSWORD)).isNotBlank();
        assertThatThrownBy(() -> signIn(PoolExamples.PASSWORD)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> confirmForgot(code, "Another-Pass3")).isInstanceOf(ExpiredCodeException.class);
    }

    @Test
    void confirmForgotPasswordWhenCodeOlderThanAnHourThenExpired() {
        pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username(EMAIL));
        String code = pool.lastCodeSentTo(EMAIL);
        pool.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> confirmForgot(code, NEW_PASSWORD)).isInstanceOf(ExpiredCodeException.class);
    }

    @Test
    void confirmForgotPasswordWhenCodeWrongThenMismatchAndPasswordUnchanged() {
        pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username(EMAIL));
        String wrong = pool.lastCodeSentTo(EMAIL).equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> confirmForgot(wrong, NEW_PASSWORD)).isInstanceOf(CodeMismatchException.class);
        assertThat(signIn(PoolExamples.PASSWORD)).isNotBlank();
    }

    @Test
    void confirmForgotPasswordWhenNewPasswordBreaksThePolicyThenInvalidPassword() {
        pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username(EMAIL));

        assertThatThrownBy(() -> confirmForgot(pool.lastCodeSentTo(EMAIL), "short"))
                .isInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void forgotPasswordWhenUserUnknownThenUserNotFound() {
        assertThatThrownBy(() -> pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username("x@example.com")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void forgotPasswordWhenEmailNotVerifiedThenInvalidParameter() {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("bob@example.com").password(PoolExamples.PASSWORD));

        assertThatThrownBy(() -> pool.cognito().forgotPassword(r -> r.clientId(seed.clientId()).username("bob@example.com")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void changePasswordWhenPreviousRightThenNewOneSignsIn() {
        String accessToken = signIn(PoolExamples.PASSWORD);

        pool.cognito().changePassword(r -> r.accessToken(accessToken).previousPassword(PoolExamples.PASSWORD)
                .proposedPassword(NEW_PASSWORD));

        assertThat(signIn(NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void changePasswordWhenPreviousWrongThenNotAuthorized() {
        String accessToken = signIn(PoolExamples.PASSWORD);

        assertThatThrownBy(() -> pool.cognito().changePassword(r -> r.accessToken(accessToken)
                .previousPassword("Wrong-Password1").proposedPassword(NEW_PASSWORD)))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Incorrect username or password.");
    }

    private void confirmForgot(String code, String password) {
        pool.cognito().confirmForgotPassword(r -> r.clientId(seed.clientId()).username(EMAIL).confirmationCode(code)
                .password(password));
    }

    private String signIn(String password) {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", password))).authenticationResult().accessToken();
    }
}
