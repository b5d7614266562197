package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import com.wildrydes.srp.SrpVectors;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The service's user-facing steps against a WireMock Cognito, for tests of how each one fails. */
final class CognitoSteps implements AutoCloseable {

    static final String EMAIL = "rider@example.com";
    static final String PASSWORD = "Secret-Passw0rd!";
    static final String CODE = "493817";
    static final String USER_ID = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String REFRESH_TOKEN = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.refresh";

    /** One user-facing step of the service, called with fixed input. */
    enum Call {
        SIGN_UP("SignUp", s -> s.registration().signUp(EMAIL, PASSWORD)),
        CONFIRM("ConfirmSignUp", s -> s.registration().confirmSignUp(EMAIL, CODE, null)),
        RESEND("ResendConfirmationCode", s -> s.registration().resendConfirmationCode(EMAIL)),
        SIGN_IN("InitiateAuth", s -> s.build().signIn(EMAIL, PASSWORD)),
        /** InitiateAuth succeeds; the wrong password shows only when Cognito checks the proof. */
        SIGN_IN_PROOF("RespondToAuthChallenge", s -> s.build().signIn(EMAIL, PASSWORD)),
        NEW_PASSWORD("RespondToAuthChallenge", s -> s.build().completeNewPassword(USER_ID, "challenge-session", PASSWORD)),
        REFRESH("InitiateAuth", s -> s.build().refresh(new Tokens("id", "access", REFRESH_TOKEN, Instant.now()),
                new VerifiedIdentity(USER_ID, USER_ID, EMAIL, true, List.of(), Instant.now(), Map.of()))),
        FORGOT("ForgotPassword", s -> s.passwords().forgotPassword(EMAIL)),
        CONFIRM_FORGOT("ConfirmForgotPassword", s -> s.passwords().confirmForgotPassword(EMAIL, CODE, PASSWORD)),
        CHANGE("ChangePassword", s -> s.passwords().changePassword("access", "Old-Passw0rd!", PASSWORD));

        final String operation;
        final Consumer<ServiceBuilder> call;

        Call(String operation, Consumer<ServiceBuilder> call) {
            this.operation = operation;
            this.call = call;
        }
    }

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    void stubError(Call call, ResponseDefinitionBuilder response) {
        if (call == Call.SIGN_IN_PROOF) {
            wire.stubPasswordVerifierChallenge(SrpVectors.srpCase("v2"));
        }
        wire.stub(call.operation, response);
    }

    CognitoAuthException thrownBy(Call call) {
        ServiceBuilder services = serviceOn(client);
        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class, () -> call.call.accept(services));
        assertThat(thrown).as("%s should fail", call).isNotNull();
        assertThat(thrown.getMessage()).doesNotContain(PASSWORD, CODE, EMAIL, REFRESH_TOKEN);
        return thrown;
    }

    @Override
    public void close() {
        client.close();
        wire.close();
    }
}
