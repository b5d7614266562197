package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.json;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.token.TestTokens;
import com.wildrydes.srp.SrpVectors;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** Sign-up, confirmation and resend against Cognito's wire format; sign-in lives in CognitoSignInTests. */
class CognitoAuthServiceTests {

    static final String EMAIL = "rider@example.com";
    static final String PASSWORD = "Passw0rd!";
    static final String DELIVERY = """
            {"CodeDeliveryDetails":{"AttributeName":"email","DeliveryMedium":"EMAIL","Destination":"r***@e***"}%s}""";

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void signUpSendsEmailAsUsernameAndAttributeAndReturnsWhereTheCodeWent() {
        wire.stub("SignUp", answer(DELIVERY.formatted(",\"UserConfirmed\":false,\"UserSub\":\"3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b\"")));

        CodeDelivery delivery = serviceOn(client).registration().signUp(EMAIL, PASSWORD);

        assertThat(delivery).isEqualTo(new CodeDelivery("r***@e***", "EMAIL"));
        JsonNode sent = wire.sent("SignUp");
        assertThat(sent.get("ClientId").asString()).isEqualTo("4lq0k1o2ab3cd4ef5gh6ij7kl8");
        assertThat(sent.get("Username").asString()).isEqualTo(EMAIL);
        assertThat(sent.get("Password").asString()).isEqualTo(PASSWORD);
        assertThat(sent.get("UserAttributes")).isEqualTo(json("[{\"Name\":\"email\",\"Value\":\"rider@example.com\"}]"));
        assertThat(sent.has("SecretHash")).isFalse();
    }

    @Test
    void signUpWithAClientSecretSendsTheSecretHashOfTheEmail() {
        SrpVectors.SecretHashCase v = SrpVectors.secretHashCases().get(0);
        wire.stub("SignUp", answer(DELIVERY.formatted("")));

        serviceOn(client).pool(new CognitoPool("ap-northeast-2_WildRydes1", v.clientId(), v.clientSecret())).registration()
                .signUp(v.username(), PASSWORD);

        JsonNode sent = wire.sent("SignUp");
        assertThat(sent.get("ClientId").asString()).isEqualTo(v.clientId());
        assertThat(sent.get("SecretHash").asString()).isEqualTo(v.secretHash());
    }

    @Test
    void signUpWhenThePoolSendsNoCodeReturnsAnEmptyDelivery() {
        wire.stub("SignUp", answer("{\"UserConfirmed\":true,\"UserSub\":\"3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b\"}"));

        assertThat(serviceOn(client).registration().signUp(EMAIL, PASSWORD)).isEqualTo(new CodeDelivery(null, null));
    }

    @Test
    void confirmSignUpSendsTheEmailAndTheCode() {
        wire.stub("ConfirmSignUp", answer("{}"));

        serviceOn(client).registration().confirmSignUp(EMAIL, "123456", null);

        JsonNode sent = wire.sent("ConfirmSignUp");
        assertThat(sent.get("ClientId").asString()).isEqualTo("4lq0k1o2ab3cd4ef5gh6ij7kl8");
        assertThat(sent.get("Username").asString()).isEqualTo(EMAIL);
        assertThat(sent.get("ConfirmationCode").asString()).isEqualTo("123456");
        assertThat(sent.has("SecretHash")).isFalse();
    }

    @Test
    void confirmSignUpWithAClientSecretSendsTheSecretHash() {
        wire.stub("ConfirmSignUp", answer("{}"));
        CognitoPool pool = new CognitoPool("ap-northeast-2_WildRydes1", "clientwithsecret", "s3cr3t");

        serviceOn(client).pool(pool).registration().confirmSignUp(EMAIL, "123456", null);

        assertThat(wire.sent("ConfirmSignUp").get("SecretHash").asString())
                .isEqualTo(SecretHash.of(EMAIL, "clientwithsecret", "s3cr3t"));
    }

    @Test
    void resendConfirmationCodeReturnsWhereTheNewCodeWent() {
        wire.stub("ResendConfirmationCode", answer(DELIVERY.formatted("")));

        CodeDelivery delivery = serviceOn(client).registration().resendConfirmationCode(EMAIL);

        assertThat(delivery.destination()).isEqualTo("r***@e***");
        assertThat(delivery.medium()).isEqualTo("EMAIL");
        assertThat(wire.sent("ResendConfirmationCode").get("Username").asString()).isEqualTo(EMAIL);
    }

    @Test
    void signInWithPasswordFlowSendsUsernameAndPasswordInOneStep() {
        wire.stub("InitiateAuth", answer(TestTokens.POOL_KEY.authenticationResult(ServiceBuilder.POOL, "refresh-token")));

        SignInResult result = serviceOn(client).flow(AuthFlow.USER_PASSWORD_AUTH).build().signIn(EMAIL, PASSWORD);

        assertThat(result).isInstanceOf(SignInResult.Authenticated.class);
        JsonNode sent = wire.sent("InitiateAuth");
        assertThat(sent.get("AuthFlow").asString()).isEqualTo("USER_PASSWORD_AUTH");
        assertThat(sent.get("AuthParameters").get("USERNAME").asString()).isEqualTo(EMAIL);
        assertThat(sent.get("AuthParameters").get("PASSWORD").asString()).isEqualTo(PASSWORD);
        assertThat(sent.get("AuthParameters").has("SRP_A")).isFalse();
        assertThat(wire.requests("RespondToAuthChallenge")).isEmpty();
    }

    @Test
    void userFacingCallsCarryNoSignatureSoTheyNeedNoAwsCredentials() {
        wire.stub("SignUp", answer(DELIVERY.formatted("")));
        CognitoIdentityProviderClient noCredentials = wire.client(() -> {
            throw new IllegalStateException("no AWS credentials on this machine");
        }, Duration.ofSeconds(10));

        serviceOn(noCredentials).registration().signUp(EMAIL, PASSWORD);

        assertThat(wire.requests("SignUp")).singleElement()
                .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
        noCredentials.close();
    }
}
