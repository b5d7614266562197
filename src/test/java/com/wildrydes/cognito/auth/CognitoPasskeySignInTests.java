package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
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

/** Sign-in with a passkey against Cognito's wire format: USER_AUTH preferring WEB_AUTHN, then the WEB_AUTHN answer. */
class CognitoPasskeySignInTests {

    static final String EMAIL = "rider@example.com";
    static final String USERNAME = "3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b";
    static final String SESSION = "AYABeWebAuthnSession0123456789";
    static final String REQUEST_OPTIONS = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rpId\":\"localhost\",\"timeout\":180000,"
            + "\"userVerification\":\"preferred\",\"allowCredentials\":[]}";
    static final String ASSERTION = "{\"id\":\"Y3JlZC1pZA\",\"rawId\":\"Y3JlZC1pZA\",\"type\":\"public-key\","
            + "\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"MEUC\"},"
            + "\"clientExtensionResults\":{}}";
    static final CognitoPool WITH_SECRET = new CognitoPool("ap-northeast-2_WildRydes1", "4lq0k1o2ab3cd4ef5gh6ij7kl8",
            "client-s3cret");

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    static String webAuthnChallenge() {
        return """
                {"ChallengeName":"WEB_AUTHN","Session":"%s",
                 "ChallengeParameters":{"USERNAME":"%s","CREDENTIAL_REQUEST_OPTIONS":%s}}"""
                .formatted(SESSION, USERNAME, tools.jackson.databind.node.JsonNodeFactory.instance
                        .stringNode(REQUEST_OPTIONS).toString());
    }

    @Test
    void startPrefersWebAuthnWithTheSecretHashAndReturnsTheRequestOptions() {
        wire.stub("InitiateAuth", answer(webAuthnChallenge()));

        SignInResult result = serviceOn(client).pool(WITH_SECRET).passkeySignIn().start(EMAIL);

        JsonNode sent = wire.sent("InitiateAuth");
        assertThat(sent.get("AuthFlow").asString()).isEqualTo("USER_AUTH");
        assertThat(sent.get("AuthParameters").get("PREFERRED_CHALLENGE").asString()).isEqualTo("WEB_AUTHN");
        assertThat(sent.get("AuthParameters").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(EMAIL, WITH_SECRET.clientId(), "client-s3cret"));
        assertThat(result).isEqualTo(new SignInResult.PasskeyRequested(USERNAME, SESSION, REQUEST_OPTIONS));
        assertThat(result.toString()).doesNotContain(SESSION);
    }

    @Test
    void startWhenCognitoAsksToSelectAndOffersWebAuthnChoosesIt() {
        wire.stub("InitiateAuth", answer("""
                {"ChallengeName":"SELECT_CHALLENGE","Session":"AYABeSelectSession0123456789",
                 "AvailableChallenges":["PASSWORD_SRP","WEB_AUTHN"],"ChallengeParameters":{}}"""));
        wire.stub("RespondToAuthChallenge", answer(webAuthnChallenge()));

        SignInResult result = serviceOn(client).pool(WITH_SECRET).passkeySignIn().start(EMAIL);

        JsonNode chose = wire.sent("RespondToAuthChallenge");
        assertThat(chose.get("ChallengeName").asString()).isEqualTo("SELECT_CHALLENGE");
        assertThat(chose.get("ChallengeResponses").get("ANSWER").asString()).isEqualTo("WEB_AUTHN");
        assertThat(chose.get("ChallengeResponses").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(EMAIL, WITH_SECRET.clientId(), "client-s3cret"));
        assertThat(result).isInstanceOf(SignInResult.PasskeyRequested.class);
    }

    @Test
    void startWhenTheRiderHasNoPasskeyReturnsWhatCognitoOffersInstead() {
        wire.stub("InitiateAuth", answer("""
                {"ChallengeName":"SELECT_CHALLENGE","Session":"AYABeSelectSession0123456789",
                 "AvailableChallenges":["PASSWORD_SRP","EMAIL_OTP"],"ChallengeParameters":{}}"""));

        SignInResult result = serviceOn(client).passkeySignIn().start(EMAIL);

        assertThat(result).isInstanceOfSatisfying(SignInResult.ChallengeChoice.class,
                choice -> assertThat(choice.availableChallenges()).containsExactly("PASSWORD_SRP", "EMAIL_OTP"));
        assertThat(wire.requests("RespondToAuthChallenge")).isEmpty();
    }

    @Test
    void answerSendsTheAssertionAsCredentialWithTheSessionAndReturnsVerifiedTokens() {
        CognitoPool pool = ServiceBuilder.POOL;
        wire.stub("RespondToAuthChallenge", answer(TestTokens.authenticationResult(
                TestTokens.POOL_KEY.idToken(TestTokens.issuer(pool), pool.clientId(), c -> c),
                TestTokens.POOL_KEY.accessToken(TestTokens.issuer(pool), pool.clientId()), "refresh-token")));

        SignInResult result = serviceOn(client).passkeySignIn().answer(USERNAME, SESSION, ASSERTION);

        JsonNode sent = wire.sent("RespondToAuthChallenge");
        assertThat(sent.get("ChallengeName").asString()).isEqualTo("WEB_AUTHN");
        assertThat(sent.get("Session").asString()).isEqualTo(SESSION);
        assertThat(sent.get("ChallengeResponses").get("USERNAME").asString()).isEqualTo(USERNAME);
        assertThat(sent.get("ChallengeResponses").get("CREDENTIAL").asString()).isEqualTo(ASSERTION);
        assertThat(sent.get("ChallengeResponses").has("SECRET_HASH")).isFalse();
        assertThat(result).isInstanceOf(SignInResult.Authenticated.class);
    }

    @Test
    void answerWithAClientSecretSendsTheSecretHashOfTheChallengesUsername() {
        wire.stub("RespondToAuthChallenge", error(400, "NotAuthorizedException", "Incorrect username or password."));

        assertThatThrownBy(() -> serviceOn(client).pool(WITH_SECRET).passkeySignIn().answer(USERNAME, SESSION,
                ASSERTION)).isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.PASSKEY_REFUSED));
        assertThat(wire.sent("RespondToAuthChallenge").get("ChallengeResponses").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(USERNAME, WITH_SECRET.clientId(), "client-s3cret"));
    }

    @Test
    void answerWhenTheChallengeExpiredThenSessionExpired() {
        wire.stub("RespondToAuthChallenge", error(400, "NotAuthorizedException",
                "Invalid session for the user, session is expired."));

        assertThatThrownBy(() -> serviceOn(client).passkeySignIn().answer(USERNAME, SESSION, ASSERTION))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.SESSION_EXPIRED));
    }
}
