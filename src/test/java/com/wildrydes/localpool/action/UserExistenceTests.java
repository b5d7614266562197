package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.SrpSignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** PreventUserExistenceErrors through the AWS SDK: ENABLED answers an unknown name as it would a known one. */
class UserExistenceTests {

    static final String EMAIL = "ann@example.com";
    static final String STRANGER = "uma@example.org";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;
    String hiding;
    String legacy;

    @BeforeEach
    void seed() {
        poolId = PoolExamples.emailPool(pool.cognito());
        hiding = client("Hiding", PreventUserExistenceErrorTypes.ENABLED);
        legacy = PoolExamples.webApp(pool.cognito(), poolId).clientId();
        pool.cognito().signUp(r -> r.clientId(hiding).username(EMAIL).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(hiding).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
    }

    @Test
    void createUserPoolClientWhenSettingGivenThenDescribedAsGivenElseLegacyAndUpdateWithoutItGoesBackToLegacy() {
        assertThat(describe(hiding)).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
        assertThat(describe(legacy)).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);

        pool.cognito().updateUserPoolClient(r -> r.userPoolId(poolId).clientId(hiding));

        assertThat(describe(hiding)).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
    }

    @Test
    void restartThenTheClientStillHidesUserExistence() {
        pool.restart();

        assertThat(describe(hiding)).isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
        assertThat(describe(legacy)).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
    }

    @Test
    void createUserPoolClientWhenSettingUnknownThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().createUserPoolClient(r -> r.userPoolId(poolId).clientName("Odd")
                .preventUserExistenceErrors("SOMETIMES")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("preventUserExistenceErrors");
    }

    @Test
    void srpSignInWhenUserUnknownThenADecoyChallengeShapedLikeARealOne() {
        Map<String, String> real = srpChallenge(EMAIL).challengeParameters();
        Map<String, String> decoy = srpChallenge(STRANGER).challengeParameters();

        assertThat(decoy.keySet()).isEqualTo(real.keySet());
        assertThat(decoy.get("SALT")).hasSameSizeAs(real.get("SALT")).matches("[0-9a-f]+");
        assertThat(decoy.get("SECRET_BLOCK")).hasSameSizeAs(real.get("SECRET_BLOCK"));
        // SRP_B is an unpadded number below N (768 hex digits): the same few leading zeros may drop from either
        assertThat(List.of(real.get("SRP_B"), decoy.get("SRP_B"))).allSatisfy(srpB -> assertThat(srpB)
                .matches("[0-9a-f]+").hasSizeBetween(760, 768));
        assertThat(decoy.get("USER_ID_FOR_SRP")).hasSameSizeAs(real.get("USER_ID_FOR_SRP"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                .isEqualTo(decoy.get("USERNAME"));
    }

    @Test
    void srpSignInWhenUserUnknownTwiceThenTheSameSaltAndUserIdButANewSrpB() {
        Map<String, String> first = srpChallenge(STRANGER).challengeParameters();
        Map<String, String> second = srpChallenge(STRANGER.toUpperCase()).challengeParameters();

        assertThat(second.get("SALT")).isEqualTo(first.get("SALT"));
        assertThat(second.get("USER_ID_FOR_SRP")).isEqualTo(first.get("USER_ID_FOR_SRP"));
        assertThat(second.get("SRP_B")).isNotEqualTo(first.get("SRP_B"));
        assertThat(srpChallenge("other@example.org").challengeParameters().get("SALT"))
                .isNotEqualTo(first.get("SALT"));
    }

    @Test
    void srpSignInWhenUserUnknownThenTheAnswerIsRefusedExactlyAsAWrongPassword() {
        assertThatThrownBy(() -> answerSrp(STRANGER, PoolExamples.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Incorrect username or password.");
        assertThatThrownBy(() -> answerSrp(EMAIL, "Wrong-Password1"))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Incorrect username or password.");
        assertThat(answerSrp(EMAIL, PoolExamples.PASSWORD).authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void srpSignInWhenUserUnknownThenItTakesAboutAsLongAsForAKnownUser() {
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            srpChallenge(EMAIL);
            srpChallenge(STRANGER);
        }
        long known = medianNanos(() -> srpChallenge(EMAIL));
        long unknown = medianNanos(() -> srpChallenge(STRANGER));

        // generous bounds, not to be flaky on a busy machine; the benchmark measures precisely
        assertThat((double) unknown / known).as("unknown %d ns / known %d ns", unknown, known).isBetween(0.5, 2.0);
    }

    @Test
    void passwordSignInWhenUserUnknownThenIncorrectUsernameOrPassword() {
        assertThatThrownBy(() -> pool.cognito().initiateAuth(r -> r.clientId(hiding)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", STRANGER, "PASSWORD", PoolExamples.PASSWORD))))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("Incorrect username or password.");
    }

    @Test
    void forgotPasswordAndResendWhenUserUnknownThenASimulatedDeliveryAndNothingSent() {
        CodeDeliveryDetailsType forgot = pool.cognito().forgotPassword(r -> r.clientId(hiding).username(STRANGER))
                .codeDeliveryDetails();
        CodeDeliveryDetailsType resend = pool.cognito()
                .resendConfirmationCode(r -> r.clientId(hiding).username(STRANGER)).codeDeliveryDetails();

        assertThat(forgot.destination()).isEqualTo("u***@e***");
        assertThat(forgot.deliveryMediumAsString()).isEqualTo("EMAIL");
        assertThat(forgot.attributeName()).isEqualTo("email");
        assertThat(resend).isEqualTo(forgot);
        assertThat(pool.outbox()).noneMatch(message -> message.destination().equalsIgnoreCase(STRANGER));
    }

    @Test
    void confirmSignUpAndConfirmForgotPasswordWhenUserUnknownThenCodeMismatch() {
        assertThatThrownBy(() -> pool.cognito().confirmSignUp(r -> r.clientId(hiding).username(STRANGER)
                .confirmationCode("123456")))
                .isInstanceOf(CodeMismatchException.class).hasMessageContaining("Invalid verification code");
        assertThatThrownBy(() -> pool.cognito().confirmForgotPassword(r -> r.clientId(hiding).username(STRANGER)
                .confirmationCode("123456").password("Pegasus-Flight2")))
                .isInstanceOf(CodeMismatchException.class).hasMessageContaining("Invalid verification code");
    }

    @Test
    void legacyClientWhenUserUnknownThenUserNotFoundAsBefore() {
        assertThatThrownBy(() -> pool.cognito().forgotPassword(r -> r.clientId(legacy).username(STRANGER)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().resendConfirmationCode(r -> r.clientId(legacy).username(STRANGER)))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().confirmSignUp(r -> r.clientId(legacy).username(STRANGER)
                .confirmationCode("123456"))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().confirmForgotPassword(r -> r.clientId(legacy).username(STRANGER)
                .confirmationCode("123456").password("Pegasus-Flight2"))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().initiateAuth(r -> r.clientId(legacy)
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", STRANGER, "SRP_A",
                        new SrpSignIn(PoolExamples.PASSWORD).srpA()))))
                .isInstanceOf(NotAuthorizedException.class); // the local pool's LEGACY sign-in, kept as it was
    }

    private String client(String name, PreventUserExistenceErrorTypes setting) {
        return pool.cognito().createUserPoolClient(r -> r.userPoolId(poolId).clientName(name)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(setting)).userPoolClient().clientId();
    }

    private PreventUserExistenceErrorTypes describe(String clientId) {
        return pool.cognito().describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)).userPoolClient()
                .preventUserExistenceErrors();
    }

    private InitiateAuthResponse srpChallenge(String username) {
        InitiateAuthResponse response = pool.cognito().initiateAuth(r -> r.clientId(hiding)
                .authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", username, "SRP_A", new SrpSignIn(PoolExamples.PASSWORD).srpA())));
        assertThat(response.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        return response;
    }

    private RespondToAuthChallengeResponse answerSrp(String username, String password) {
        SrpSignIn srp = new SrpSignIn(password);
        InitiateAuthResponse challenge = pool.cognito().initiateAuth(r -> r.clientId(hiding)
                .authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
        return pool.cognito().respondToAuthChallenge(r -> r.clientId(hiding)
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(srp.answer(poolId, challenge.challengeParameters(), pool.clock().instant())));
    }

    private static long medianNanos(Supplier<?> call) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
