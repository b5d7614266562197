package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.SrpSignIn;
import com.wildrydes.localpool.action.code.Totp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * Authenticator-app MFA through the AWS SDK: setting it up (AssociateSoftwareToken, VerifySoftwareToken,
 * SetUserMFAPreference), the pool's settings, and the SOFTWARE_TOKEN_MFA and MFA_SETUP challenges at sign-in.
 */
class SoftwareTokenMfaActionsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void signUpAndConfirm() {
        seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(EMAIL).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
    }

    @Test
    void associateWhenThePoolHasNoSoftwareTokenMfaThenSoftwareTokenMfaNotFound() {
        String accessToken = passwordSignIn().authenticationResult().accessToken();

        assertThatThrownBy(() -> pool.cognito().associateSoftwareToken(r -> r.accessToken(accessToken)))
                .isInstanceOf(SoftwareTokenMfaNotFoundException.class)
                .hasMessageContaining("Software Token MFA has not been enabled by the userPool.");
    }

    @Test
    void poolMfaConfigWhenSetThenGetAnswersItAndOnWithoutAnyKindIsRefused() {
        assertThat(pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(seed.poolId())).mfaConfiguration())
                .isEqualTo(UserPoolMfaType.OFF);
        assertThatThrownBy(() -> pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(seed.poolId())
                .mfaConfiguration(UserPoolMfaType.ON))).isInstanceOf(InvalidParameterException.class);

        var set = pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(seed.poolId())
                .mfaConfiguration(UserPoolMfaType.OPTIONAL).softwareTokenMfaConfiguration(s -> s.enabled(true)));
        var got = pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(seed.poolId()));

        assertThat(set.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(got.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(got.softwareTokenMfaConfiguration().enabled()).isTrue();
    }

    @Test
    void turnOnWhenCodeRightThenGetUserListsItAndSignInAsksForACode() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());

        InitiateAuthResponse challenge = passwordSignIn();

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(challenge.session()).isNotBlank();
        assertThat(challenge.authenticationResult()).isNull();
        pool.advance(Duration.ofSeconds(30)); // the step of the verifying code is used up
        var tokens = answer(challenge, code(secret)).authenticationResult();
        var user = pool.cognito().getUser(r -> r.accessToken(tokens.accessToken()));
        assertThat(user.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(user.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void adminGetUserWhenTheAppIsOnThenListsItAsGetUserDoesAndLeavesItOutWhenOff() {
        var before = pool.cognito().adminGetUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));
        assertThat(before.hasUserMFASettingList()).isFalse();
        assertThat(before.preferredMfaSetting()).isNull();
        optionalMfa();
        turnOn(passwordSignIn().authenticationResult().accessToken());

        var user = pool.cognito().adminGetUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));

        assertThat(user.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(user.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(user.hasMfaOptions()).isFalse();
    }

    @Test
    void verifyWhenCodeWrongThenEnableSoftwareTokenMfaExceptionAndPreferenceRefused() {
        optionalMfa();
        String accessToken = passwordSignIn().authenticationResult().accessToken();
        pool.cognito().associateSoftwareToken(r -> r.accessToken(accessToken));

        assertThatThrownBy(() -> pool.cognito().verifySoftwareToken(r -> r.accessToken(accessToken).userCode("000000")))
                .isInstanceOf(EnableSoftwareTokenMfaException.class)
                .hasMessageContaining("Code mismatch and fail enable Software Token MFA");
        assertThatThrownBy(() -> pool.cognito().setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("User has not verified software token mfa");
    }

    @Test
    void signInWhenCodeWrongThenCodeMismatchAndTheSameSessionTakesTheRightOne() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        pool.advance(Duration.ofSeconds(30));
        InitiateAuthResponse challenge = passwordSignIn();

        assertThatThrownBy(() -> answer(challenge, wrong(code(secret))))
                .isInstanceOf(CodeMismatchException.class).hasMessageContaining("Invalid code received for user");
        assertThat(answer(challenge, code(secret)).authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void signInWhenTheCodeWasAcceptedBeforeThenExpiredCodeUntilTheNextStep() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        pool.advance(Duration.ofSeconds(30));
        String code = code(secret);
        answer(passwordSignIn(), code);

        assertThatThrownBy(() -> answer(passwordSignIn(), code)).isInstanceOf(ExpiredCodeException.class)
                .hasMessageContaining("Your software token has already been used once.");
        pool.advance(Duration.ofSeconds(30));
        assertThat(answer(passwordSignIn(), code(secret)).authenticationResult()).isNotNull();
    }

    @Test
    void signInWhenTheCodeIsOfTheStepBeforeThenAcceptedButTwoStepsBeforeRefused() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        pool.advance(Duration.ofSeconds(120));
        long now = Totp.step(pool.clock().instant());

        assertThatThrownBy(() -> answer(passwordSignIn(), Totp.code(secret, now - 2)))
                .isInstanceOf(CodeMismatchException.class);
        assertThat(answer(passwordSignIn(), Totp.code(secret, now - 1)).authenticationResult()).isNotNull();
    }

    @Test
    void signInWhenTheChallengeSessionExpiredThenNotAuthorized() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        InitiateAuthResponse challenge = passwordSignIn();
        pool.advance(Duration.ofMinutes(3).plusSeconds(30));

        assertThatThrownBy(() -> answer(challenge, code(secret))).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid session for the user, session is expired.");
    }

    @Test
    void signInWhenFiveWrongCodesThenTheSessionIsClosed() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        pool.advance(Duration.ofSeconds(30));
        InitiateAuthResponse challenge = passwordSignIn();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> answer(challenge, wrong(code(secret)))).isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> answer(challenge, code(secret))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void srpSignInWhenTheAppIsOnThenTheCodeChallengeFollowsThePasswordVerifier() {
        optionalMfa();
        String secret = turnOn(passwordSignIn().authenticationResult().accessToken());
        pool.advance(Duration.ofSeconds(30));
        SrpSignIn client = new SrpSignIn(PoolExamples.PASSWORD);
        var started = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", EMAIL, "SRP_A", client.srpA())));
        var challenge = pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(client.answer(seed.poolId(), started.challengeParameters(), pool.clock().instant())));

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "SOFTWARE_TOKEN_MFA_CODE", code(secret))))
                .authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void turnOffWhenPreferenceDisabledThenSignInWithoutACode() {
        optionalMfa();
        String accessToken = passwordSignIn().authenticationResult().accessToken();
        turnOn(accessToken);

        pool.cognito().setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(false).preferredMfa(false)));

        var signedIn = passwordSignIn();
        assertThat(signedIn.challengeName()).isNull();
        assertThat(pool.cognito().getUser(r -> r.accessToken(signedIn.authenticationResult().accessToken()))
                .userMFASettingList()).isEmpty();
    }

    @Test
    void adminSetPreferenceWhenVerifiedThenSignInAsksForACode() {
        optionalMfa();
        String accessToken = passwordSignIn().authenticationResult().accessToken();
        turnOn(accessToken);
        pool.cognito().setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(false).preferredMfa(false)));

        pool.cognito().adminSetUserMFAPreference(r -> r.userPoolId(seed.poolId()).username(EMAIL)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));

        assertThat(passwordSignIn().challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    @Test
    void signInWhenThePoolRequiresMfaThenMfaSetupWithTheSessionAndThenACodeEveryTime() {
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(seed.poolId()).mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(s -> s.enabled(true)));
        InitiateAuthResponse setup = passwordSignIn();
        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(setup.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");

        var associated = pool.cognito().associateSoftwareToken(r -> r.session(setup.session()));
        var verified = pool.cognito().verifySoftwareToken(r -> r.session(associated.session())
                .userCode(code(associated.secretCode())).friendlyDeviceName("phone"));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        assertThatThrownBy(() -> pool.cognito().verifySoftwareToken(r -> r.session(setup.session())
                .userCode(code(associated.secretCode())))).isInstanceOf(NotAuthorizedException.class);
        RespondToAuthChallengeResponse done = pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.MFA_SETUP).session(verified.session())
                .challengeResponses(Map.of("USERNAME", EMAIL)));

        assertThat(done.authenticationResult().accessToken()).isNotBlank();
        assertThat(passwordSignIn().challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    @Test
    void softwareTokenWhenThePoolRestartsThenItIsStillOn() {
        optionalMfa();
        turnOn(passwordSignIn().authenticationResult().accessToken());

        pool.restart();

        assertThat(passwordSignIn().challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(seed.poolId())).mfaConfiguration())
                .isEqualTo(UserPoolMfaType.OPTIONAL);
    }

    private void optionalMfa() {
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(seed.poolId())
                .mfaConfiguration(UserPoolMfaType.OPTIONAL).softwareTokenMfaConfiguration(s -> s.enabled(true)));
    }

    /** Associates, verifies with a right code and makes the app preferred; returns the secret. */
    private String turnOn(String accessToken) {
        String secret = pool.cognito().associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
        assertThat(secret).hasSize(52);
        var verified = pool.cognito().verifySoftwareToken(r -> r.accessToken(accessToken).userCode(code(secret)));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        assertThat(verified.session()).isNull();
        pool.cognito().setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
        return secret;
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(pool.clock().instant()));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private InitiateAuthResponse passwordSignIn() {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD)));
    }

    private RespondToAuthChallengeResponse answer(InitiateAuthResponse challenge, String code) {
        return pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "SOFTWARE_TOKEN_MFA_CODE", code)));
    }
}
