package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.action.code.Totp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** USER_AUTH through the AWS SDK: sign-in right after sign-up, email codes, SELECT_CHALLENGE, SignInPolicy. */
class UserAuthActionTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;
    String clientId;

    @BeforeEach
    void poolWithEmailCodes() {
        poolId = pool.cognito().createUserPool(p -> p.poolName("WildRydes")
                .usernameAttributes(UsernameAttributeType.EMAIL).autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .schema(a -> a.name("email").attributeDataType(AttributeDataType.STRING).required(true).mutable(true))
                .policies(p2 -> p2.signInPolicy(s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD,
                        AuthFactorType.EMAIL_OTP)))).userPool().id();
        clientId = pool.cognito().createUserPoolClient(c -> c.userPoolId(poolId).clientName("WildRydesWebApp")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
    }

    @Test
    void describeUserPoolWhenCreatedWithSignInPolicyThenCarriesItsFirstFactors() {
        var policy = pool.cognito().describeUserPool(r -> r.userPoolId(poolId)).userPool().policies().signInPolicy();

        assertThat(policy.allowedFirstAuthFactors()).containsExactly(AuthFactorType.PASSWORD, AuthFactorType.EMAIL_OTP);
    }

    @Test
    void createUserPoolWhenSignInPolicyLacksPasswordThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().createUserPool(p -> p.poolName("NoPassword")
                .policies(p2 -> p2.signInPolicy(s -> s.allowedFirstAuthFactors(AuthFactorType.EMAIL_OTP)))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void updateUserPoolWhenSignInPolicyGivenThenDescribeShowsItAndUserAuthOffersIt() {
        String plain = PoolExamples.emailPool(pool.cognito());

        pool.cognito().updateUserPool(r -> r.userPoolId(plain).autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD,
                        AuthFactorType.EMAIL_OTP))));

        var described = pool.cognito().describeUserPool(r -> r.userPoolId(plain)).userPool();
        assertThat(described.policies().signInPolicy().allowedFirstAuthFactors())
                .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.EMAIL_OTP);
        assertThat(described.autoVerifiedAttributes()).containsExactly(VerifiedAttributeType.EMAIL);
    }

    @Test
    void updateUserPoolWhenPoliciesLeftOutThenBackToCognitosDefaults() {
        pool.cognito().updateUserPool(r -> r.userPoolId(poolId));

        var policies = pool.cognito().describeUserPool(r -> r.userPoolId(poolId)).userPool().policies();
        assertThat(policies.signInPolicy().allowedFirstAuthFactors()).containsExactly(AuthFactorType.PASSWORD);
        assertThat(policies.passwordPolicy().minimumLength()).isEqualTo(8);
    }

    @Test
    void initiateAuthWhenGivenConfirmSignUpSessionThenSignsInWithoutPasswordOnce() {
        String session = confirmedSession();

        var signedIn = userAuthWithSession(session);

        assertThat(signedIn.authenticationResult().idToken()).isNotBlank();
        assertThatThrownBy(() -> userAuthWithSession(session)).isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("session is expired");
    }

    @Test
    void initiateAuthWhenConfirmSignUpSessionOlderThanThreeMinutesThenNotAuthorized() {
        String session = confirmedSession();
        pool.advance(Duration.ofMinutes(3).plusSeconds(1));

        assertThatThrownBy(() -> userAuthWithSession(session)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void signUpWhenClientDisallowsUserAuthThenNoSession() {
        var webApp = PoolExamples.webApp(pool.cognito(), poolId);

        var answer = pool.cognito().signUp(r -> r.clientId(webApp.clientId()).username(EMAIL)
                .password(PoolExamples.PASSWORD));

        assertThat(answer.session()).isNull();
    }

    @Test
    void initiateAuthWhenEmailOtpPreferredThenEmailsCodeThatSignsIn() {
        confirmedSession();

        InitiateAuthResponse challenge = emailOtp(EMAIL);
        String code = pool.lastCodeSentTo(EMAIL);
        var signedIn = answerEmailOtp(challenge, code);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
        assertThat(code).hasSize(8);
        assertThat(signedIn.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void respondToEmailOtpWhenCodeWrongThenCodeMismatchAndRightCodeStillWorks() {
        confirmedSession();
        InitiateAuthResponse challenge = emailOtp(EMAIL);
        String code = pool.lastCodeSentTo(EMAIL);

        assertThatThrownBy(() -> answerEmailOtp(challenge, "00000000")).isInstanceOf(CodeMismatchException.class);
        assertThat(answerEmailOtp(challenge, code).authenticationResult()).isNotNull();
    }

    @Test
    void respondToEmailOtpWhenSessionExpiredThenNotAuthorized() {
        confirmedSession();
        InitiateAuthResponse challenge = emailOtp(EMAIL);
        String code = pool.lastCodeSentTo(EMAIL);
        pool.advance(Duration.ofMinutes(3).plusSeconds(1));

        assertThatThrownBy(() -> answerEmailOtp(challenge, code)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondToEmailOtpWhenFiveWrongCodesThenLimitExceeded() {
        confirmedSession();
        InitiateAuthResponse challenge = emailOtp(EMAIL);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> answerEmailOtp(challenge, "00000000")).isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> answerEmailOtp(challenge, pool.lastCodeSentTo(EMAIL)))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void initiateAuthWhenUnknownEmailPrefersEmailOtpThenLooksTheSameButNoCodeMatches() {
        InitiateAuthResponse challenge = emailOtp("nobody@example.com");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "n***@e***");
        assertThat(pool.outbox()).noneMatch(m -> m.destination().equals("nobody@example.com"));
        assertThatThrownBy(() -> answerEmailOtp(challenge, "12345678")).isInstanceOf(CodeMismatchException.class);
    }

    @Test
    void initiateAuthWhenNoPreferenceThenSelectChallengeOffersPoolFactorsAndEmailOtpCanBeChosen() {
        confirmedSession();
        var select = pool.cognito().initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL)));

        var chosen = pool.cognito().respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(select.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "ANSWER", "EMAIL_OTP")));

        assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
        assertThat(select.availableChallenges()).containsExactly(ChallengeNameType.PASSWORD_SRP,
                ChallengeNameType.PASSWORD, ChallengeNameType.EMAIL_OTP);
        assertThat(chosen.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
    }

    @Test
    void selectChallengeWhenPasswordChosenThenSignsInWithIt() {
        confirmedSession();
        var select = pool.cognito().initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL)));

        var signedIn = pool.cognito().respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(select.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "ANSWER", "PASSWORD", "PASSWORD", PoolExamples.PASSWORD)));

        assertThat(signedIn.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void initiateAuthWhenPoolAllowsOnlyPasswordThenEmailOtpNotOffered() {
        var seed = PoolExamples.emailPool(pool.cognito());
        var client = pool.cognito().createUserPoolClient(c -> c.userPoolId(seed).clientName("App")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_AUTH)).userPoolClient().clientId();
        pool.cognito().signUp(r -> r.clientId(client).username(EMAIL).password(PoolExamples.PASSWORD));

        var answer = pool.cognito().initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PREFERRED_CHALLENGE", "EMAIL_OTP")));

        assertThat(answer.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
        assertThat(answer.availableChallenges()).doesNotContain(ChallengeNameType.EMAIL_OTP);
    }

    @Test
    void initiateAuthWhenUserHasAuthenticatorAppThenNoEmailOtpButPasswordStillOffered() {
        confirmedSession();
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
                .softwareTokenMfaConfiguration(t -> t.enabled(true)));
        InitiateAuthResponse challenge = emailOtp(EMAIL);
        String accessToken = answerEmailOtp(challenge, pool.lastCodeSentTo(EMAIL)).authenticationResult().accessToken();
        String secret = pool.cognito().associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
        pool.cognito().verifySoftwareToken(r -> r.accessToken(accessToken)
                .userCode(Totp.code(secret, Totp.step(pool.clock().instant()))));
        pool.cognito().setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(t -> t.enabled(true).preferredMfa(true)));

        InitiateAuthResponse afterMfa = emailOtp(EMAIL);

        assertThat(afterMfa.challengeName()).as("MFA and passwordless do not serve one user")
                .isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
        assertThat(afterMfa.availableChallenges()).containsExactly(ChallengeNameType.PASSWORD_SRP,
                ChallengeNameType.PASSWORD);
    }

    @Test
    void initiateAuthWhenPoolRequiresMfaThenNoEmailOtpForAnyoneKnownOrNot() {
        confirmedSession();
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(t -> t.enabled(true)));

        assertThat(emailOtp(EMAIL).availableChallenges()).doesNotContain(ChallengeNameType.EMAIL_OTP);
        assertThat(emailOtp("nobody@example.com").availableChallenges()).as("a decoy reads like a user")
                .containsExactly(ChallengeNameType.PASSWORD_SRP, ChallengeNameType.PASSWORD);
    }

    private String confirmedSession() {
        String signUpSession = pool.cognito().signUp(r -> r.clientId(clientId).username(EMAIL)
                .password(PoolExamples.PASSWORD)).session();
        assertThat(signUpSession).isNotBlank();
        return pool.cognito().confirmSignUp(r -> r.clientId(clientId).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)).session(signUpSession)).session();
    }

    private InitiateAuthResponse userAuthWithSession(String session) {
        return pool.cognito().initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL)).session(session));
    }

    private InitiateAuthResponse emailOtp(String email) {
        return pool.cognito().initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(Map.of("USERNAME", email, "PREFERRED_CHALLENGE", "EMAIL_OTP")));
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse
            answerEmailOtp(InitiateAuthResponse challenge, String code) {
        return pool.cognito().respondToAuthChallenge(r -> r.clientId(clientId)
                .challengeName(ChallengeNameType.EMAIL_OTP).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "EMAIL_OTP_CODE", code)));
    }
}
