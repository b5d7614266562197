package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.auth.ServiceBuilder.POOL;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.token.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** The authenticator-app calls and challenges in Cognito's wire format (AWS JSON 1.1), against WireMock. */
@ExtendWith(OutputCaptureExtension.class)
class CognitoAuthenticatorAppTests {

    static final String USER_ID = TestTokens.SUB;
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW";
    static final CognitoPool WITH_SECRET = new CognitoPool(POOL.userPoolId(), POOL.clientId(), "client-s3cret");

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void signInWhenCognitoAsksForTheAppsCodeThenTheChallengeWithItsSessionAndUsername() {
        wire.stub("InitiateAuth", answer("{\"ChallengeName\":\"SOFTWARE_TOKEN_MFA\",\"Session\":\"mfa-session\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + USER_ID + "\"}}"));

        SignInResult result = serviceOn(client).flow(AuthFlow.USER_PASSWORD_AUTH).build()
                .signIn(TestTokens.EMAIL, "Passw0rd!");

        assertThat(result).isEqualTo(new SignInResult.AuthenticatorCodeRequired(USER_ID, "mfa-session"));
        assertThat(result.toString()).doesNotContain("mfa-session");
    }

    @Test
    void signInWhenThePoolRequiresMfaSetupThenTheSetupChallenge() {
        wire.stub("InitiateAuth", answer("{\"ChallengeName\":\"MFA_SETUP\",\"Session\":\"setup-session\","
                + "\"ChallengeParameters\":{\"MFAS_CAN_SETUP\":\"[\\\"SOFTWARE_TOKEN_MFA\\\"]\"}}"));

        SignInResult result = serviceOn(client).flow(AuthFlow.USER_PASSWORD_AUTH).build()
                .signIn(TestTokens.EMAIL, "Passw0rd!");

        assertThat(result).isEqualTo(new SignInResult.AuthenticatorSetupRequired(TestTokens.EMAIL, "setup-session"));
    }

    @Test
    void answerCodeWhenRightThenVerifiedTokensAndTheWireCarriesCodeUsernameSecretHashAndSession() {
        wire.stub("RespondToAuthChallenge", answer(TestTokens.POOL_KEY.authenticationResult(POOL, "refresh-token")));

        SignInResult result = serviceOn(client).pool(WITH_SECRET).authenticatorApp()
                .answerCode(USER_ID, "mfa-session", "123456");

        assertThat(result).isInstanceOfSatisfying(SignInResult.Authenticated.class,
                signedIn -> assertThat(signedIn.identity().email()).isEqualTo(TestTokens.EMAIL));
        JsonNode sent = wire.sent("RespondToAuthChallenge");
        assertThat(sent.get("ChallengeName").asString()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(sent.get("Session").asString()).isEqualTo("mfa-session");
        assertThat(sent.get("ClientId").asString()).isEqualTo(POOL.clientId());
        JsonNode responses = sent.get("ChallengeResponses");
        assertThat(responses.get("USERNAME").asString()).isEqualTo(USER_ID);
        assertThat(responses.get("SOFTWARE_TOKEN_MFA_CODE").asString()).isEqualTo("123456");
        assertThat(responses.get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(USER_ID, WITH_SECRET.clientId(), "client-s3cret"));
    }

    @Test
    void answerCodeWhenWrongReusedOrExpiredThenEachItsOwnReasonAndNoCodeInTheLog(CapturedOutput output) {
        assertThat(refusedWith(error(400, "CodeMismatchException", "Invalid code received for user")))
                .isEqualTo(CognitoFailureReason.CODE_MISMATCH);
        assertThat(refusedWith(error(400, "ExpiredCodeException", "Your software token has already been used once.")))
                .isEqualTo(CognitoFailureReason.CODE_ALREADY_USED);
        assertThat(refusedWith(error(400, "NotAuthorizedException", "Invalid session for the user, session is expired.")))
                .isEqualTo(CognitoFailureReason.SESSION_EXPIRED);
        assertThat(output.getAll()).doesNotContain("654321").doesNotContain("mfa-session");
    }

    @Test
    void associateThenTurnOnSendsTheAccessTokenTheCodeAndThePreference() {
        wire.stub("AssociateSoftwareToken", answer("{\"SecretCode\":\"" + SECRET + "\"}"));
        wire.stub("VerifySoftwareToken", answer("{\"Status\":\"SUCCESS\"}"));
        wire.stub("SetUserMFAPreference", answer("{}"));
        CognitoAuthenticatorApp app = serviceOn(client).authenticatorApp();

        assertThat(app.associate("access-token")).isEqualTo(new AuthenticatorSecret(SECRET, null));
        app.turnOn("access-token", "123456");

        assertThat(wire.sent("AssociateSoftwareToken").get("AccessToken").asString()).isEqualTo("access-token");
        JsonNode verify = wire.sent("VerifySoftwareToken");
        assertThat(verify.get("AccessToken").asString()).isEqualTo("access-token");
        assertThat(verify.get("UserCode").asString()).isEqualTo("123456");
        assertThat(wire.sent("SetUserMFAPreference").get("SoftwareTokenMfaSettings").toString())
                .isEqualTo("{\"Enabled\":true,\"PreferredMfa\":true}");
    }

    @Test
    void turnOnWhenTheCodeIsWrongThenCodeMismatchAndNothingIsPreferred() {
        wire.stub("VerifySoftwareToken", error(400, "EnableSoftwareTokenMFAException",
                "Code mismatch and fail enable Software Token MFA"));

        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).authenticatorApp().turnOn("access-token", "000000"));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.CODE_MISMATCH);
        assertThat(wire.requests("SetUserMFAPreference")).isEmpty();
    }

    @Test
    void turnOffAndStatusReadTheUsersMfaSettings() {
        wire.stub("SetUserMFAPreference", answer("{}"));
        wire.stub("GetUser", answer("{\"Username\":\"" + USER_ID + "\",\"UserAttributes\":[],"
                + "\"UserMFASettingList\":[\"SOFTWARE_TOKEN_MFA\"],\"PreferredMfaSetting\":\"SOFTWARE_TOKEN_MFA\"}"));
        CognitoAuthenticatorApp app = serviceOn(client).authenticatorApp();

        app.turnOff("access-token");

        assertThat(wire.sent("SetUserMFAPreference").get("SoftwareTokenMfaSettings").toString())
                .isEqualTo("{\"Enabled\":false,\"PreferredMfa\":false}");
        assertThat(app.isOn("access-token")).isTrue();
    }

    @Test
    void associateWhenThePoolHasNoAuthenticatorAppsThenSaysSo() {
        wire.stub("AssociateSoftwareToken", error(400, "SoftwareTokenMFANotFoundException",
                "Software Token MFA has not been enabled by the userPool."));

        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).authenticatorApp().associate("access-token"));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.AUTHENTICATOR_NOT_ENABLED);
    }

    @Test
    void setupAtSignInAssociatesVerifiesAndAnswersMfaSetupWithEachNewSession() {
        wire.stub("AssociateSoftwareToken", answer("{\"SecretCode\":\"" + SECRET + "\",\"Session\":\"s2\"}"));
        wire.stub("VerifySoftwareToken", answer("{\"Status\":\"SUCCESS\",\"Session\":\"s3\"}"));
        wire.stub("RespondToAuthChallenge", answer(TestTokens.POOL_KEY.authenticationResult(POOL, "refresh-token")));
        CognitoAuthenticatorApp app = serviceOn(client).authenticatorApp();

        AuthenticatorSecret secret = app.associateAtSignIn("s1");
        SignInResult result = app.finishSetupAtSignIn(USER_ID, secret.session(), "123456");

        assertThat(secret).isEqualTo(new AuthenticatorSecret(SECRET, "s2"));
        assertThat(secret.toString()).doesNotContain(SECRET).doesNotContain("s2");
        assertThat(result).isInstanceOf(SignInResult.Authenticated.class);
        assertThat(wire.sent("AssociateSoftwareToken").get("Session").asString()).isEqualTo("s1");
        assertThat(wire.sent("VerifySoftwareToken").get("Session").asString()).isEqualTo("s2");
        JsonNode respond = wire.sent("RespondToAuthChallenge");
        assertThat(respond.get("ChallengeName").asString()).isEqualTo("MFA_SETUP");
        assertThat(respond.get("Session").asString()).isEqualTo("s3");
        assertThat(respond.get("ChallengeResponses").get("USERNAME").asString()).isEqualTo(USER_ID);
    }

    private CognitoFailureReason refusedWith(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        wire.stub("RespondToAuthChallenge", answer);
        return catchThrowableOfType(CognitoAuthException.class, () -> serviceOn(client).authenticatorApp()
                .answerCode(USER_ID, "mfa-session", "654321")).failure();
    }
}
