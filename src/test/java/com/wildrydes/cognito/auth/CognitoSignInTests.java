package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.token.TestTokens;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.srp.SrpTimestamp;
import com.wildrydes.srp.SrpVectors.SrpCase;
import com.wildrydes.srp.SrpVectors;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** USER_SRP_AUTH against Cognito's wire format, with challenge values from the reference vectors. */
class CognitoSignInTests {

    static final String EMAIL = "rider@example.com";
    static final String TIMESTAMP_SHAPE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\\d? \\d\\d:\\d\\d:\\d\\d UTC \\d{4}";

    /** v2: a UUID user id, as Cognito gives email-as-username pools. */
    final SrpCase v = SrpVectors.srpCase("v2");
    final CognitoPool pool = new CognitoPool(v.userPoolId(), "4lq0k1o2ab3cd4ef5gh6ij7kl8", null);
    final String idToken = TestTokens.POOL_KEY.idToken(TestTokens.issuer(pool), pool.clientId(), c -> c);
    final String accessToken = TestTokens.POOL_KEY.accessToken(TestTokens.issuer(pool), pool.clientId());
    final String authenticated = TestTokens.authenticationResult(idToken, accessToken, "refresh-token");
    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void srpSignInSendsTheProofAwsOwnClientWouldSendAndReturnsTokens() {
        stubPasswordVerifierChallenge();
        wire.stub("RespondToAuthChallenge", answer(authenticated));
        var service = serviceOn(client).pool(pool).clock(SrpTimestamp.parse(v.timestamp()).orElseThrow())
                .srpClients(poolName -> SrpClient.withSecret(poolName, new BigInteger(v.smallA(), 16))).build();

        SignInResult result = service.signIn(EMAIL, v.password());

        JsonNode initiate = wire.sent("InitiateAuth");
        assertThat(initiate.get("AuthFlow").asString()).isEqualTo("USER_SRP_AUTH");
        assertThat(initiate.get("ClientId").asString()).isEqualTo(pool.clientId());
        assertThat(initiate.get("AuthParameters").get("USERNAME").asString()).isEqualTo(EMAIL);
        assertThat(initiate.get("AuthParameters").get("SRP_A").asString()).isEqualTo(v.srpA());
        JsonNode respond = wire.sent("RespondToAuthChallenge");
        assertThat(respond.get("ChallengeName").asString()).isEqualTo("PASSWORD_VERIFIER");
        assertThat(respond.get("Session").asString()).isEqualTo("challenge-session");
        JsonNode responses = respond.get("ChallengeResponses");
        assertThat(responses.get("USERNAME").asString()).isEqualTo(v.username());
        assertThat(responses.get("PASSWORD_CLAIM_SECRET_BLOCK").asString()).isEqualTo(v.secretBlock());
        assertThat(responses.get("TIMESTAMP").asString()).isEqualTo(v.timestamp());
        assertThat(responses.get("PASSWORD_CLAIM_SIGNATURE").asString()).isEqualTo(v.passwordClaimSignature());
        assertThat(responses.has("SECRET_HASH")).isFalse();
        Tokens tokens = ((SignInResult.Authenticated) result).tokens();
        assertThat(tokens.idToken()).isEqualTo(idToken);
        assertThat(tokens.accessToken()).isEqualTo(accessToken);
        assertThat(tokens.refreshToken()).isEqualTo("refresh-token");
        assertThat(tokens.expiresAt()).isEqualTo(SrpTimestamp.parse(v.timestamp()).orElseThrow().plusSeconds(3600));
    }

    @Test
    void srpSignInWithARandomSecretSendsWellFormedValues() {
        stubPasswordVerifierChallenge();
        wire.stub("RespondToAuthChallenge", answer(authenticated));

        serviceOn(client).pool(pool).build().signIn(EMAIL, v.password());

        assertThat(wire.sent("InitiateAuth").get("AuthParameters").get("SRP_A").asString()).matches("[0-9a-f]{700,768}");
        JsonNode responses = wire.sent("RespondToAuthChallenge").get("ChallengeResponses");
        assertThat(Base64.getDecoder().decode(responses.get("PASSWORD_CLAIM_SIGNATURE").asString())).hasSize(32);
        assertThat(responses.get("TIMESTAMP").asString()).matches(TIMESTAMP_SHAPE);
        assertThat(responses.get("USERNAME").asString()).isEqualTo(v.username());
    }

    @Test
    void srpSignInWithAClientSecretHashesTheEmailFirstThenTheSrpUserId() {
        stubPasswordVerifierChallenge();
        SrpVectors.SecretHashCase reference = SrpVectors.secretHashCases().get(0); // its username is EMAIL
        CognitoPool withSecret = new CognitoPool(v.userPoolId(), reference.clientId(), reference.clientSecret());
        wire.stub("RespondToAuthChallenge", answer(TestTokens.POOL_KEY.authenticationResult(withSecret, "refresh-token")));

        serviceOn(client).pool(withSecret).build().signIn(EMAIL, v.password());

        assertThat(wire.sent("InitiateAuth").get("AuthParameters").get("SECRET_HASH").asString())
                .isEqualTo(reference.secretHash());
        assertThat(wire.sent("RespondToAuthChallenge").get("ChallengeResponses").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(v.username(), reference.clientId(), reference.clientSecret()));
    }

    @Test
    void srpSignInWhenANewPasswordIsRequiredReturnsTheChallengeSession() {
        stubPasswordVerifierChallenge();
        wire.stub("RespondToAuthChallenge", answer("""
                {"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"new-password-session","ChallengeParameters":\
                {"USER_ID_FOR_SRP":"%s","requiredAttributes":"[]","userAttributes":"{\\"email\\":\\"%s\\"}"}}"""
                .formatted(v.username(), EMAIL)));

        SignInResult result = serviceOn(client).pool(pool).build().signIn(EMAIL, v.password());

        assertThat(result).isEqualTo(new SignInResult.NewPasswordRequired(v.username(), "new-password-session"));
    }

    @Test
    void signInWhenThePoolAsksForSmsMfaRefusesInsteadOfPretendingSuccess() {
        stubPasswordVerifierChallenge();
        wire.stub("RespondToAuthChallenge", answer("""
                {"ChallengeName":"SMS_MFA","Session":"mfa-session","ChallengeParameters":{}}"""));

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).pool(pool).build().signIn(EMAIL, v.password()));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED);
        assertThat(thrown.cognitoCode()).isEqualTo("SMS_MFA");
    }

    /** Was refused like SMS_MFA until the site had a page for it (issue 14). */
    @Test
    void signInWhenThePoolAsksForTheAuthenticatorAppsCodeAfterSrpThenThatChallenge() {
        stubPasswordVerifierChallenge();
        wire.stub("RespondToAuthChallenge", answer("""
                {"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"mfa-session","ChallengeParameters":{}}"""));

        SignInResult result = serviceOn(client).pool(pool).build().signIn(EMAIL, v.password());

        assertThat(result).isEqualTo(new SignInResult.AuthenticatorCodeRequired(EMAIL, "mfa-session"));
    }

    void stubPasswordVerifierChallenge() {
        wire.stubPasswordVerifierChallenge(v);
    }
}
