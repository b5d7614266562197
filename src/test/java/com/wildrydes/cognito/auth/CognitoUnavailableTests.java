package com.wildrydes.cognito.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static com.wildrydes.cognito.error.CognitoFailureReason.UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.auth.CognitoSteps.Call;
import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.error.CognitoAuthException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When Cognito cannot answer properly, every step fails as UNAVAILABLE ("try again"), never with a stack trace. */
class CognitoUnavailableTests {

    final CognitoSteps steps = new CognitoSteps();
    final CognitoWire wire = steps.wire;

    @AfterEach
    void stop() {
        steps.close();
    }

    @Test
    void serverErrorIsUnavailable() {
        steps.stubError(Call.SIGN_UP, error(500, "InternalErrorException", "Internal server error."));

        CognitoAuthException thrown = steps.thrownBy(Call.SIGN_UP);

        assertThat(thrown.failure()).isEqualTo(UNAVAILABLE);
        assertThat(thrown.cognitoCode()).isEqualTo("InternalErrorException");
    }

    @Test
    void brokenConnectionIsUnavailable() {
        steps.stubError(Call.CONFIRM, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(steps.thrownBy(Call.CONFIRM).failure()).isEqualTo(UNAVAILABLE);
    }

    @Test
    void changePasswordWhenA200IsNotAwsJsonThenUnavailableRatherThanChanged() {
        steps.stubError(Call.CHANGE, aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>Welcome to the hotel network</html>"));

        CognitoAuthException thrown = steps.thrownBy(Call.CHANGE);

        assertThat(thrown.failure()).isEqualTo(UNAVAILABLE);
        assertThat(thrown.cognitoCode()).isNull();
    }

    @Test
    void confirmForgotPasswordWhenTheAnswerBreaksOffAfterTheStatusThenUnavailable() {
        steps.stubError(Call.CONFIRM_FORGOT, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(steps.thrownBy(Call.CONFIRM_FORGOT).failure()).isEqualTo(UNAVAILABLE);
    }

    @Test
    void changePasswordWhenCognitoAnswersWithItsJsonTypeAndNoBodyThenChanged() {
        steps.stubError(Call.CHANGE, answer(""));

        serviceOn(steps.client).passwords().changePassword("access", "Old-Passw0rd!", CognitoSteps.PASSWORD);

        assertThat(wire.requests("ChangePassword")).hasSize(1);
    }

    @Test
    void refusedConnectionIsUnavailableWithoutACognitoCode() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        wire.server.stop();
        var settings = new CognitoSettings("ap-northeast-2", null, null, null, "http://127.0.0.1:" + closedPort,
                CognitoSettings.AuthFlow.USER_SRP_AUTH);
        try (var refused = CognitoClientConfiguration.clientFor(settings, CognitoClientConfiguration.credentialsFor(settings),
                Duration.ofSeconds(5))) {
            CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                    () -> serviceOn(refused).registration().signUp(CognitoSteps.EMAIL, CognitoSteps.PASSWORD));

            assertThat(thrown.failure()).isEqualTo(UNAVAILABLE);
            assertThat(thrown.cognitoCode()).isNull();
        }
    }

    @Test
    void slowCognitoIsUnavailableOnceTheCallTimeoutPasses() {
        wire.stub("InitiateAuth", answer("{}").withFixedDelay(3_000));
        try (var impatient = wire.client(CognitoWire.credentials(), Duration.ofMillis(300))) {
            CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                    () -> serviceOn(impatient).build().signIn(CognitoSteps.EMAIL, CognitoSteps.PASSWORD));

            assertThat(thrown.failure()).isEqualTo(UNAVAILABLE);
        }
    }
}
