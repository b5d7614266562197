package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.SrpSignIn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;

/** InitiateAuth, RespondToAuthChallenge, GetUser, GlobalSignOut and RevokeToken through the AWS SDK. */
class SignInActionsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;
    String sub;

    @BeforeEach
    void signUpAndConfirm() {
        seed = PoolExamples.seed(pool.cognito());
        sub = pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(EMAIL).password(PoolExamples.PASSWORD))
                .userSub();
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
    }

    @Test
    void srpSignInWhenPasswordRightThenTokensForTheUuidUsername() {
        SrpSignIn client = new SrpSignIn(PoolExamples.PASSWORD);
        InitiateAuthResponse challenge = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", EMAIL, "SRP_A", client.srpA())));

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", sub).containsEntry("USERNAME", sub)
                .containsKeys("SALT", "SRP_B", "SECRET_BLOCK");
        AuthenticationResultType tokens = pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(client.answer(seed.poolId(), challenge.challengeParameters(), pool.clock().instant())))
                .authenticationResult();

        assertThat(tokens.idToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.expiresIn()).isEqualTo(3600);
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(pool.cognito().getUser(r -> r.accessToken(tokens.accessToken())).username()).isEqualTo(sub);
    }

    @Test
    void srpSignInWhenPasswordWrongThenIncorrectUsernameOrPasswordAndTheSecretBlockIsUsedUp() {
        SrpSignIn client = new SrpSignIn("Wrong-Password1");
        var challenge = startSrp(client);
        var answer = client.answer(seed.poolId(), challenge, pool.clock().instant());

        assertThatThrownBy(() -> respond(answer)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Incorrect username or password.");
        assertThatThrownBy(() -> respond(answer)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user, session is expired.");
    }

    @Test
    void passwordSignInWhenRightThenTokensAndRefreshReturnsNewTokensWithoutARefreshToken() {
        AuthenticationResultType tokens = passwordSignIn(PoolExamples.PASSWORD);

        AuthenticationResultType refreshed = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())))
                .authenticationResult();

        assertThat(refreshed.accessToken()).isNotBlank();
        assertThat(refreshed.refreshToken()).isNull();
    }

    @Test
    void passwordSignInWhenFiveWrongPasswordsThenLockedEvenForTheRightOneUntilTheLockPasses() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> passwordSignIn("Wrong-Password1")).isInstanceOf(NotAuthorizedException.class)
                    .hasMessageContaining("Incorrect username or password.");
        }

        assertThatThrownBy(() -> passwordSignIn(PoolExamples.PASSWORD)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Password attempts exceeded");
        pool.advance(Duration.ofSeconds(2));
        assertThat(passwordSignIn(PoolExamples.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void passwordSignInWhenUnconfirmedThenUserNotConfirmed() {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("bob@example.com").password(PoolExamples.PASSWORD));

        assertThatThrownBy(() -> pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "bob@example.com", "PASSWORD", PoolExamples.PASSWORD))))
                .isInstanceOf(UserNotConfirmedException.class).hasMessageContaining("User is not confirmed.");
    }

    @Test
    void passwordSignInWhenUserUnknownThenIncorrectUsernameOrPassword() {
        assertThatThrownBy(() -> pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "nobody@example.com", "PASSWORD", PoolExamples.PASSWORD))))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void passwordSignInWhenFlowNotAllowedForTheClientThenInvalidParameter() {
        String srpOnly = pool.cognito().createUserPoolClient(r -> r.userPoolId(seed.poolId()).clientName("SrpOnly")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)).userPoolClient().clientId();

        assertThatThrownBy(() -> pool.cognito().initiateAuth(r -> r.clientId(srpOnly)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("USER_PASSWORD_AUTH flow not enabled for this client");
    }

    @Test
    void globalSignOutThenGetUserSaysRevokedAndRefreshFails() {
        AuthenticationResultType tokens = passwordSignIn(PoolExamples.PASSWORD);

        pool.cognito().globalSignOut(r -> r.accessToken(tokens.accessToken()));

        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Access Token has been revoked");
        assertThatThrownBy(() -> refresh(tokens.refreshToken())).isInstanceOf(NotAuthorizedException.class);
        pool.advance(Duration.ofSeconds(1));
        assertThat(pool.cognito().getUser(r -> r.accessToken(passwordSignIn(PoolExamples.PASSWORD).accessToken()))
                .username()).isEqualTo(sub);
    }

    @Test
    void revokeTokenThenThatSignInsTokensStopWorkingButOthersDoNot() {
        AuthenticationResultType revoked = passwordSignIn(PoolExamples.PASSWORD);
        AuthenticationResultType other = passwordSignIn(PoolExamples.PASSWORD);

        pool.cognito().revokeToken(r -> r.clientId(seed.clientId()).token(revoked.refreshToken()));

        assertThatThrownBy(() -> refresh(revoked.refreshToken())).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Refresh Token has been revoked");
        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(revoked.accessToken())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(refresh(other.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void getUserWhenAccessTokenExpiredThenNotAuthorized() {
        AuthenticationResultType tokens = passwordSignIn(PoolExamples.PASSWORD);
        pool.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Access Token has expired");
    }

    private Map<String, String> startSrp(SrpSignIn client) {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "SRP_A", client.srpA()))).challengeParameters();
    }

    private void respond(Map<String, String> answer) {
        pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).challengeResponses(answer));
    }

    private AuthenticationResultType passwordSignIn(String password) {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", password))).authenticationResult();
    }

    private AuthenticationResultType refresh(String refreshToken) {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();
    }
}
