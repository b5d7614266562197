package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.token.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** USER_AUTH against Cognito's wire format: SignUp's Session through to sign-in, and sign-in with an emailed code. */
class CognitoUserAuthTests {

    static final String EMAIL = "rider@example.com";
    static final String SIGN_UP_SESSION = "AYABeSignUpSession0123456789";
    static final String CONFIRM_SESSION = "AYABeConfirmSession0123456789";
    static final String OTP_SESSION = "AYABeEmailOtpSession0123456789";

    final CognitoPool pool = new CognitoPool("ap-northeast-2_WildRydes1", "4lq0k1o2ab3cd4ef5gh6ij7kl8", null);
    final String authenticated = TestTokens.authenticationResult(
            TestTokens.POOL_KEY.idToken(TestTokens.issuer(pool), pool.clientId(), c -> c),
            TestTokens.POOL_KEY.accessToken(TestTokens.issuer(pool), pool.clientId()), "refresh-token");
    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void signUpReturnsCognitosSessionWithTheDelivery() {
        wire.stub("SignUp", answer("""
                {"CodeDeliveryDetails":{"AttributeName":"email","DeliveryMedium":"EMAIL","Destination":"r***@e***"},
                 "UserConfirmed":false,"UserSub":"3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b","Session":"%s"}"""
                .formatted(SIGN_UP_SESSION)));

        CodeDelivery delivery = serviceOn(client).pool(pool).registration().signUp(EMAIL, "Passw0rd!");

        assertThat(delivery).isEqualTo(new CodeDelivery("r***@e***", "EMAIL", SIGN_UP_SESSION));
        assertThat(delivery.toString()).doesNotContain(SIGN_UP_SESSION);
    }

    @Test
    void confirmSignUpSendsSignUpsSessionAndReturnsTheNewOne() {
        wire.stub("ConfirmSignUp", answer("{\"Session\":\"" + CONFIRM_SESSION + "\"}"));

        var session = serviceOn(client).pool(pool).registration().confirmSignUp(EMAIL, "123456", SIGN_UP_SESSION);

        assertThat(session).contains(CONFIRM_SESSION);
        assertThat(wire.sent("ConfirmSignUp").get("Session").asString()).isEqualTo(SIGN_UP_SESSION);
    }

    @Test
    void confirmSignUpWithoutSessionSendsNoneAndReturnsEmpty() {
        wire.stub("ConfirmSignUp", answer("{}"));

        var session = serviceOn(client).pool(pool).registration().confirmSignUp(EMAIL, "123456", null);

        assertThat(session).isEmpty();
        assertThat(wire.sent("ConfirmSignUp").has("Session")).isFalse();
    }

    @Test
    void signInAfterSignUpSendsUserAuthWithTheSessionAndReturnsVerifiedTokens() {
        wire.stub("InitiateAuth", answer(authenticated));

        SignInResult result = serviceOn(client).pool(pool).build().signInAfterSignUp(EMAIL, CONFIRM_SESSION);

        JsonNode sent = wire.sent("InitiateAuth");
        assertThat(sent.get("AuthFlow").asString()).isEqualTo("USER_AUTH");
        assertThat(sent.get("Session").asString()).isEqualTo(CONFIRM_SESSION);
        assertThat(sent.get("AuthParameters").get("USERNAME").asString()).isEqualTo(EMAIL);
        assertThat(result).isInstanceOf(SignInResult.Authenticated.class);
    }

    @Test
    void signInAfterSignUpWhenSessionExpiredFailsAsSessionExpired() {
        wire.stub("InitiateAuth", CognitoWire.error(400, "NotAuthorizedException",
                "Invalid session for the user, session is expired."));

        assertThatThrownBy(() -> serviceOn(client).pool(pool).build().signInAfterSignUp(EMAIL, CONFIRM_SESSION))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.SESSION_EXPIRED));
    }

    @Test
    void emailCodeSignInPrefersEmailOtpAndReturnsTheChallengeWithWhereTheCodeWent() {
        wire.stub("InitiateAuth", answer(otpChallenge()));

        SignInResult result = serviceOn(client).pool(pool).build().startEmailCodeSignIn(EMAIL);

        JsonNode sent = wire.sent("InitiateAuth");
        assertThat(sent.get("AuthFlow").asString()).isEqualTo("USER_AUTH");
        assertThat(sent.get("AuthParameters").get("PREFERRED_CHALLENGE").asString()).isEqualTo("EMAIL_OTP");
        assertThat(result).isEqualTo(new SignInResult.EmailCodeSent("3f1c2b8e", OTP_SESSION, "r***@e***"));
    }

    @Test
    void emailCodeSignInWhenCognitoAsksToSelectAndOffersEmailOtpChoosesIt() {
        wire.stub("InitiateAuth", answer("""
                {"ChallengeName":"SELECT_CHALLENGE","Session":"AYABeSelectSession0123456789",
                 "AvailableChallenges":["PASSWORD_SRP","EMAIL_OTP"],"ChallengeParameters":{}}"""));
        wire.stub("RespondToAuthChallenge", answer(otpChallenge()));

        SignInResult result = serviceOn(client).pool(pool).build().startEmailCodeSignIn(EMAIL);

        JsonNode chose = wire.sent("RespondToAuthChallenge");
        assertThat(chose.get("ChallengeName").asString()).isEqualTo("SELECT_CHALLENGE");
        assertThat(chose.get("Session").asString()).isEqualTo("AYABeSelectSession0123456789");
        assertThat(chose.get("ChallengeResponses").get("ANSWER").asString()).isEqualTo("EMAIL_OTP");
        assertThat(result).isInstanceOf(SignInResult.EmailCodeSent.class);
    }

    @Test
    void emailCodeSignInWhenCognitoOffersOnlyPasswordsReturnsTheChoice() {
        wire.stub("InitiateAuth", answer("""
                {"ChallengeName":"SELECT_CHALLENGE","Session":"AYABeSelectSession0123456789",
                 "AvailableChallenges":["PASSWORD_SRP","PASSWORD"],"ChallengeParameters":{}}"""));

        SignInResult result = serviceOn(client).pool(pool).build().startEmailCodeSignIn(EMAIL);

        assertThat(result).isInstanceOfSatisfying(SignInResult.ChallengeChoice.class,
                choice -> assertThat(choice.availableChallenges()).containsExactly("PASSWORD_SRP", "PASSWORD"));
    }

    @Test
    void answerEmailCodeSendsTheCodeWithTheSessionAndReturnsVerifiedTokens() {
        wire.stub("RespondToAuthChallenge", answer(authenticated));

        SignInResult result = serviceOn(client).pool(pool).build().answerEmailCode("3f1c2b8e", OTP_SESSION, "12345678");

        JsonNode sent = wire.sent("RespondToAuthChallenge");
        assertThat(sent.get("ChallengeName").asString()).isEqualTo("EMAIL_OTP");
        assertThat(sent.get("Session").asString()).isEqualTo(OTP_SESSION);
        assertThat(sent.get("ChallengeResponses").get("EMAIL_OTP_CODE").asString()).isEqualTo("12345678");
        assertThat(sent.get("ChallengeResponses").get("USERNAME").asString()).isEqualTo("3f1c2b8e");
        assertThat(result).isInstanceOf(SignInResult.Authenticated.class);
    }

    @Test
    void answerEmailCodeWhenWrongFailsAsCodeMismatch() {
        wire.stub("RespondToAuthChallenge", CognitoWire.error(400, "CodeMismatchException",
                "Invalid code provided, please try again."));

        assertThatThrownBy(() -> serviceOn(client).pool(pool).build().answerEmailCode("3f1c2b8e", OTP_SESSION, "1"))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.CODE_MISMATCH));
    }

    private static String otpChallenge() {
        return """
                {"ChallengeName":"EMAIL_OTP","Session":"%s","ChallengeParameters":{"USERNAME":"3f1c2b8e",
                 "CODE_DELIVERY_DELIVERY_MEDIUM":"EMAIL","CODE_DELIVERY_DESTINATION":"r***@e***"}}""".formatted(OTP_SESSION);
    }

    @Test
    void emailCodeSignInWithAClientSecretSendsTheSecretHashInTheSelectionAndTheCode() {
        CognitoPool withSecret = new CognitoPool(pool.userPoolId(), pool.clientId(), "client-s3cret");
        wire.stub("InitiateAuth", answer("""
                {"ChallengeName":"SELECT_CHALLENGE","Session":"AYABeSelectSession0123456789",
                 "AvailableChallenges":["PASSWORD_SRP","EMAIL_OTP"],"ChallengeParameters":{}}"""));
        wire.stub("RespondToAuthChallenge", answer(otpChallenge()));
        var service = serviceOn(client).pool(withSecret).build();

        service.startEmailCodeSignIn(EMAIL);
        JsonNode chose = wire.sent("RespondToAuthChallenge");
        wire.server.resetRequests();
        wire.stub("RespondToAuthChallenge", answer(authenticated));
        service.answerEmailCode("3f1c2b8e", OTP_SESSION, "12345678");
        JsonNode answered = wire.sent("RespondToAuthChallenge");

        assertThat(chose.get("ChallengeResponses").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(EMAIL, pool.clientId(), "client-s3cret"));
        assertThat(answered.get("ChallengeName").asString()).isEqualTo("EMAIL_OTP");
        assertThat(answered.get("ChallengeResponses").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of("3f1c2b8e", pool.clientId(), "client-s3cret"));
    }
}
