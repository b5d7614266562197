package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** userStillValid: GetUser with the access token, and which of Cognito's answers mean the user no longer stands. */
@ExtendWith(OutputCaptureExtension.class)
class CognitoUserCheckTests {

    static final String ACCESS_TOKEN = "eyJraWQiOiJhY2Nlc3MifQ.still-valid";

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void userStillValidWhenGetUserAnswersThenTrueAndSentTheAccessToken() {
        wire.stub("GetUser", answer("{\"Username\":\"rider\",\"UserAttributes\":[]}"));

        assertThat(serviceOn(client).build().userStillValid(ACCESS_TOKEN)).isTrue();

        assertThat(wire.sent("GetUser").get("AccessToken").asString()).isEqualTo(ACCESS_TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NotAuthorizedException | User is disabled.
            NotAuthorizedException | Access Token has been revoked
            UserNotFoundException  | User does not exist.
            """)
    void userStillValidWhenCognitoRefusesTheUserOrTokenThenFalse(String type, String message, CapturedOutput output) {
        wire.stub("GetUser", error(400, type, message));

        assertThat(serviceOn(client).build().userStillValid(ACCESS_TOKEN)).isFalse();

        assertThat(output.getAll()).contains(type).doesNotContain(ACCESS_TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | TooManyRequestsException | Rate exceeded                 | TOO_MANY_ATTEMPTS
            500 | InternalErrorException   | Internal server error         | UNAVAILABLE
            """)
    void userStillValidWhenCognitoCannotTellThenThrowsRatherThanAnswering(int status, String type, String message,
            CognitoFailureReason reason) {
        wire.stub("GetUser", error(status, type, message));

        CognitoAuthException failure = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).build().userStillValid(ACCESS_TOKEN));

        assertThat(failure.failure()).isEqualTo(reason);
    }
}
