package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.auth.ServiceBuilder.POOL;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** Forgot, reset and change password against Cognito's wire format; their failures are rows in CognitoErrorTranslationTests. */
class CognitoPasswordTests {

    static final String EMAIL = "rider@example.com";
    static final String CODE = "275119";
    static final String NEW_PASSWORD = "N3w-Passw0rd!";
    static final CognitoPool WITH_SECRET = new CognitoPool(POOL.userPoolId(), POOL.clientId(), "client-s3cret");

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void forgotPasswordSendsTheEmailAndReturnsWhereTheCodeWent() {
        wire.stub("ForgotPassword", answer("""
                {"CodeDeliveryDetails":{"AttributeName":"email","DeliveryMedium":"EMAIL","Destination":"r***@e***"}}"""));

        CodeDelivery delivery = serviceOn(client).passwords().forgotPassword(EMAIL);

        assertThat(delivery).isEqualTo(new CodeDelivery("r***@e***", "EMAIL"));
        JsonNode sent = wire.sent("ForgotPassword");
        assertThat(sent.get("ClientId").asString()).isEqualTo(POOL.clientId());
        assertThat(sent.get("Username").asString()).isEqualTo(EMAIL);
        assertThat(sent.has("SecretHash")).isFalse();
    }

    @Test
    void forgotPasswordWithAClientSecretSendsTheSecretHashOfTheEmail() {
        wire.stub("ForgotPassword", answer("{\"CodeDeliveryDetails\":{\"DeliveryMedium\":\"EMAIL\",\"Destination\":\"r***\"}}"));

        serviceOn(client).pool(WITH_SECRET).passwords().forgotPassword(EMAIL);

        assertThat(wire.sent("ForgotPassword").get("SecretHash").asString())
                .isEqualTo(SecretHash.of(EMAIL, POOL.clientId(), "client-s3cret"));
    }

    @Test
    void confirmForgotPasswordSendsTheCodeTheNewPasswordAndTheSecretHash() {
        wire.stub("ConfirmForgotPassword", answer("{}"));

        serviceOn(client).pool(WITH_SECRET).passwords().confirmForgotPassword(EMAIL, CODE, NEW_PASSWORD);

        JsonNode sent = wire.sent("ConfirmForgotPassword");
        assertThat(sent.get("ClientId").asString()).isEqualTo(POOL.clientId());
        assertThat(sent.get("Username").asString()).isEqualTo(EMAIL);
        assertThat(sent.get("ConfirmationCode").asString()).isEqualTo(CODE);
        assertThat(sent.get("Password").asString()).isEqualTo(NEW_PASSWORD);
        assertThat(sent.get("SecretHash").asString()).isEqualTo(SecretHash.of(EMAIL, POOL.clientId(), "client-s3cret"));
    }

    @Test
    void changePasswordSendsTheAccessTokenAndBothPasswordsWithoutAnySignature() {
        wire.stub("ChangePassword", answer("{}"));

        serviceOn(client).pool(WITH_SECRET).passwords().changePassword("access-token", "Old-Passw0rd!", NEW_PASSWORD);

        JsonNode sent = wire.sent("ChangePassword");
        assertThat(sent.get("AccessToken").asString()).isEqualTo("access-token");
        assertThat(sent.get("PreviousPassword").asString()).isEqualTo("Old-Passw0rd!");
        assertThat(sent.get("ProposedPassword").asString()).isEqualTo(NEW_PASSWORD);
        assertThat(sent.has("SecretHash")).isFalse();
        assertThat(wire.requests("ChangePassword")).singleElement()
                .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    }
}
