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
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** Tokens after sign-in: verification, the forced new password, refresh and sign-out, in Cognito's wire format. */
@ExtendWith(OutputCaptureExtension.class)
class CognitoSessionTests {

    static final String EMAIL = TestTokens.EMAIL;
    static final String PASSWORD = "Passw0rd!";
    static final String NEW_PASSWORD = "N3w-Passw0rd!";
    static final String USER_ID = TestTokens.SUB;
    static final CognitoPool WITH_SECRET = new CognitoPool(POOL.userPoolId(), POOL.clientId(), "client-s3cret");

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();
    final String issuer = TestTokens.issuer(POOL);

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void signInWhenTokensVerifyThenReturnsThemWithTheIdentityTheyName() {
        wire.stub("InitiateAuth", answer(TestTokens.POOL_KEY.authenticationResult(POOL, "refresh-token")));

        var result = (SignInResult.Authenticated) passwordFlow().build().signIn(EMAIL, PASSWORD);

        assertThat(result.identity().sub()).isEqualTo(USER_ID);
        assertThat(result.identity().username()).isEqualTo(USER_ID);
        assertThat(result.identity().email()).isEqualTo(EMAIL);
        assertThat(result.identity().groups()).containsExactly("admins");
        assertThat(result.tokens().refreshToken()).isEqualTo("refresh-token");
    }

    @Test
    void signInWhenCognitoReturnsATamperedIdTokenThenRefusesIt() {
        String genuine = TestTokens.POOL_KEY.idToken(issuer, POOL.clientId(), c -> c);
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + TestTokens.POOL_KEY.idToken(issuer, POOL.clientId(),
                c -> c.claim("cognito:groups", List.of("admins", "owners"))).split("\\.")[1] + "." + parts[2];
        wire.stub("InitiateAuth", answer(TestTokens.authenticationResult(tampered,
                TestTokens.POOL_KEY.accessToken(issuer, POOL.clientId()), "refresh-token")));

        assertRefused(() -> passwordFlow().build().signIn(EMAIL, PASSWORD));
    }

    @Test
    void signInWhenTokensAreSignedByAnotherKeyThenRefusesThem() {
        TestTokens stranger = TestTokens.withNewKey("pool-key-1");
        wire.stub("InitiateAuth", answer(stranger.authenticationResult(POOL, "refresh-token")));

        assertRefused(() -> passwordFlow().build().signIn(EMAIL, PASSWORD));
    }

    @Test
    void completeNewPasswordAnswersTheChallengeWithItsSessionAndSecretHashThenVerifiesTheTokens() {
        wire.stub("RespondToAuthChallenge", answer(TestTokens.POOL_KEY.authenticationResult(WITH_SECRET, "refresh-token")));

        SignInResult result = serviceOn(client).pool(WITH_SECRET).build()
                .completeNewPassword(USER_ID, "new-password-session", NEW_PASSWORD);

        assertThat(result).isInstanceOfSatisfying(SignInResult.Authenticated.class,
                signedIn -> assertThat(signedIn.identity().email()).isEqualTo(EMAIL));
        JsonNode sent = wire.sent("RespondToAuthChallenge");
        assertThat(sent.get("ChallengeName").asString()).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(sent.get("Session").asString()).isEqualTo("new-password-session");
        assertThat(sent.get("ClientId").asString()).isEqualTo(POOL.clientId());
        JsonNode responses = sent.get("ChallengeResponses");
        assertThat(responses.get("USERNAME").asString()).isEqualTo(USER_ID);
        assertThat(responses.get("NEW_PASSWORD").asString()).isEqualTo(NEW_PASSWORD);
        assertThat(responses.get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(USER_ID, WITH_SECRET.clientId(), "client-s3cret"));
    }

    @Test
    void completeNewPasswordWhenTheSessionExpiredThenSaysSo() {
        wire.stub("RespondToAuthChallenge", error(400, "NotAuthorizedException",
                "Invalid session for the user, session is expired."));

        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).build().completeNewPassword(USER_ID, "old-session", NEW_PASSWORD));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.SESSION_EXPIRED);
        assertThat(wire.sent("RespondToAuthChallenge").has("ChallengeResponses")).isTrue();
        assertThat(wire.sent("RespondToAuthChallenge").get("ChallengeResponses").has("SECRET_HASH")).isFalse();
    }

    @Test
    void refreshSendsTheRefreshTokenHashedWithTheCognitoUsernameAndKeepsIt() {
        wire.stub("InitiateAuth", answer(TestTokens.POOL_KEY.authenticationResult(WITH_SECRET, null)));

        SignInResult.Authenticated refreshed = serviceOn(client).pool(WITH_SECRET).build()
                .refresh(signedIn("old-refresh-token"), identity());

        JsonNode sent = wire.sent("InitiateAuth");
        assertThat(sent.get("AuthFlow").asString()).isEqualTo("REFRESH_TOKEN_AUTH");
        assertThat(sent.get("AuthParameters").get("REFRESH_TOKEN").asString()).isEqualTo("old-refresh-token");
        assertThat(sent.get("AuthParameters").get("SECRET_HASH").asString())
                .isEqualTo(SecretHash.of(USER_ID, WITH_SECRET.clientId(), "client-s3cret"));
        assertThat(sent.get("AuthParameters").has("USERNAME")).isFalse();
        assertThat(refreshed.tokens().refreshToken()).isEqualTo("old-refresh-token");
        assertThat(refreshed.tokens().expiresAt()).isEqualTo(ServiceBuilder.NOW.plusSeconds(3600));
        assertThat(refreshed.identity().sub()).isEqualTo(USER_ID);
    }

    @Test
    void refreshWhenCognitoRotatesTheRefreshTokenThenKeepsTheNewOne() {
        wire.stub("InitiateAuth", answer(TestTokens.POOL_KEY.authenticationResult(POOL, "rotated-refresh-token")));

        var refreshed = serviceOn(client).build().refresh(signedIn("old-refresh-token"), identity());

        assertThat(refreshed.tokens().refreshToken()).isEqualTo("rotated-refresh-token");
        assertThat(wire.sent("InitiateAuth").get("AuthParameters").has("SECRET_HASH")).isFalse();
    }

    @Test
    void refreshWhenTheRefreshTokenWasRevokedThenNotAuthorized() {
        wire.stub("InitiateAuth", error(400, "NotAuthorizedException", "Refresh Token has been revoked"));

        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).build().refresh(signedIn("old-refresh-token"), identity()));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED);
        assertThat(thrown.getMessage()).doesNotContain("old-refresh-token");
    }

    @Test
    void refreshWithoutARefreshTokenIsNotAuthorizedAndAsksCognitoNothing() {
        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> serviceOn(client).build().refresh(signedIn(null), identity()));

        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED);
        assertThat(wire.requests("InitiateAuth")).isEmpty();
    }

    @Test
    void refreshWhenTheNewTokensDoNotVerifyThenNotAuthorized() {
        wire.stub("InitiateAuth", answer(TestTokens.withNewKey("other").authenticationResult(POOL, null)));

        assertRefused(() -> serviceOn(client).build().refresh(signedIn("old-refresh-token"), identity()));
    }

    @Test
    void signOutCallsGlobalSignOutWithTheAccessToken() {
        wire.stub("GlobalSignOut", answer("{}"));

        assertThat(serviceOn(client).build().signOut(signedIn("refresh-token"))).isTrue();

        assertThat(wire.sent("GlobalSignOut").get("AccessToken").asString()).isEqualTo("access-token");
        assertThat(wire.requests("RevokeToken")).isEmpty();
    }

    @Test
    void signOutWhenGlobalSignOutIsRefusedThenRevokesTheRefreshTokenWithTheClientSecret(CapturedOutput output) {
        wire.stub("GlobalSignOut", error(400, "NotAuthorizedException", "Access Token has expired"));
        wire.stub("RevokeToken", answer("{}"));

        assertThat(serviceOn(client).pool(WITH_SECRET).build().signOut(signedIn("refresh-token"))).isTrue();

        JsonNode revoked = wire.sent("RevokeToken");
        assertThat(revoked.get("Token").asString()).isEqualTo("refresh-token");
        assertThat(revoked.get("ClientId").asString()).isEqualTo(WITH_SECRET.clientId());
        assertThat(revoked.get("ClientSecret").asString()).isEqualTo("client-s3cret");
        assertThat(output.getAll()).contains("NotAuthorizedException").doesNotContain("access-token", "client-s3cret");
    }

    @Test
    void signOutWhenCognitoRefusesBothThenReportsItWithoutThrowing(CapturedOutput output) {
        wire.stub("GlobalSignOut", error(400, "ForbiddenException", "Request blocked by AWS WAF"));
        wire.stub("RevokeToken", error(400, "UnauthorizedException", "Token revocation is not enabled"));

        assertThat(serviceOn(client).build().signOut(signedIn("refresh-token"))).isFalse();

        assertThat(wire.sent("RevokeToken").has("ClientSecret")).isFalse();
        assertThat(output.getAll()).contains("ForbiddenException", "UnauthorizedException")
                .doesNotContain("refresh-token");
    }

    private ServiceBuilder passwordFlow() {
        return serviceOn(client).flow(AuthFlow.USER_PASSWORD_AUTH);
    }

    private static Tokens signedIn(String refreshToken) {
        return new Tokens("id-token", "access-token", refreshToken, Instant.now());
    }

    private static VerifiedIdentity identity() {
        return new VerifiedIdentity(USER_ID, USER_ID, EMAIL, true, List.of(), Instant.now(), Map.of());
    }

    private static void assertRefused(Runnable signIn) {
        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class, signIn::run);
        assertThat(thrown).as("the tokens should be refused").isNotNull();
        assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED);
        assertThat(thrown.cognitoCode()).isEqualTo("InvalidToken");
    }
}
