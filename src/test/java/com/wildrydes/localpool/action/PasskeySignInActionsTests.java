package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.TestAuthenticator;
import com.wildrydes.localpool.user.StoreView;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** Signing in with a passkey through the AWS SDK: USER_AUTH's WEB_AUTHN challenge and RespondToAuthChallenge. */
class PasskeySignInActionsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PasskeyPool passkeys;
    TestAuthenticator authenticator = new TestAuthenticator();

    @BeforeEach
    void riderWithAPasskey() {
        passkeys = new PasskeyPool(pool, AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN);
        passkeys.register(passkeys.rider(EMAIL), authenticator);
    }

    @Test
    @SuppressWarnings("unchecked")
    void initiateAuthWhenWebAuthnPreferredThenRequestOptionsForTheUsersPasskey() {
        InitiateAuthResponse challenge = webAuthn();

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
        assertThat(challenge.session()).isNotBlank();
        Map<String, Object> options = new com.webauthn4j.converter.util.ObjectConverter().getJsonConverter()
                .readValue(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"), Map.class);
        assertThat(options).containsEntry("rpId", "localhost").containsEntry("userVerification", "preferred")
                .containsKey("challenge");
        assertThat((java.util.List<Map<String, Object>>) options.get("allowCredentials"))
                .extracting(c -> c.get("id")).containsExactly(authenticator.credentialId());
    }

    @Test
    void respondWhenTheAssertionIsGoodThenTokensAndTheSignCountIsKept() {
        InitiateAuthResponse challenge = webAuthn();
        RespondToAuthChallengeResponse answer = respond(challenge,
                authenticator.get(options(challenge), PasskeyPool.SITE));

        assertThat(answer.authenticationResult().accessToken()).isNotBlank();
        assertThat(pool.store().read((StoreView view) -> view.webAuthnCredentials(passkeys.poolId,
                pool.cognito().adminGetUser(r -> r.userPoolId(passkeys.poolId).username(EMAIL)).username()))
                .get(0).signCount()).isEqualTo(1);
    }

    @Test
    void respondWhenTheSameChallengeIsAnsweredAgainThenNotAuthorized() {
        InitiateAuthResponse challenge = webAuthn();
        String assertion = authenticator.get(options(challenge), PasskeyPool.SITE);
        respond(challenge, assertion);

        assertThatThrownBy(() -> respond(challenge, assertion)).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenTheSignatureIsSpoiledThenNotAuthorizedAndTheChallengeIsUsedUp() {
        InitiateAuthResponse challenge = webAuthn();

        assertThatThrownBy(() -> respond(challenge, authenticator.spoilingTheNextSignature()
                .get(options(challenge), PasskeyPool.SITE))).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> respond(challenge, authenticator.get(options(challenge), PasskeyPool.SITE)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenFromAnotherOriginOrRelyingPartyThenNotAuthorized() {
        InitiateAuthResponse first = webAuthn();
        assertThatThrownBy(() -> respond(first, authenticator.get(options(first), "https://evil.example")))
                .isInstanceOf(NotAuthorizedException.class);

        InitiateAuthResponse second = webAuthn();
        assertThatThrownBy(() -> respond(second, authenticator.forRelyingParty("example.com")
                .get(options(second), PasskeyPool.SITE))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenTheCounterWentBackThenNotAuthorized() {
        InitiateAuthResponse first = webAuthn();
        respond(first, authenticator.withCounter(5).get(options(first), PasskeyPool.SITE));

        InitiateAuthResponse second = webAuthn();
        assertThatThrownBy(() -> respond(second, authenticator.withCounter(0).get(options(second), PasskeyPool.SITE)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenTheChallengeExpiredThenNotAuthorized() {
        InitiateAuthResponse challenge = webAuthn();
        pool.advance(Duration.ofMinutes(3).plusSeconds(1));

        assertThatThrownBy(() -> respond(challenge, authenticator.get(options(challenge), PasskeyPool.SITE)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenTheCredentialIsNotJsonThenNotAuthorizedNot500() {
        InitiateAuthResponse challenge = webAuthn();

        assertThatThrownBy(() -> respond(challenge, "{not json")).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void selectChallengeWhenTheUserHasAPasskeyThenOffersWebAuthnAndItsAnswerStartsIt() {
        InitiateAuthResponse select = userAuth(Map.of("USERNAME", EMAIL));
        assertThat(select.availableChallenges()).contains(ChallengeNameType.WEB_AUTHN);

        var started = pool.cognito().respondToAuthChallenge(r -> r.clientId(passkeys.clientId)
                .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(select.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "ANSWER", "WEB_AUTHN")));

        assertThat(started.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
        assertThat(started.challengeParameters()).containsKey("CREDENTIAL_REQUEST_OPTIONS");
    }

    @Test
    void selectChallengeWhenTheUserHasNoPasskeyThenWebAuthnIsNotOffered() {
        passkeys.rider("bob@example.com");

        assertThat(userAuth(Map.of("USERNAME", "bob@example.com")).availableChallenges())
                .doesNotContain(ChallengeNameType.WEB_AUTHN);
        assertThat(userAuth(Map.of("USERNAME", "nobody@example.com")).availableChallenges())
                .doesNotContain(ChallengeNameType.WEB_AUTHN);
    }

    @Test
    void selectChallengeWhenThePoolRequiresMfaThenWebAuthnIsNotOffered() {
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId).mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(s -> s.enabled(true)));

        assertThat(userAuth(Map.of("USERNAME", EMAIL)).availableChallenges())
                .doesNotContain(ChallengeNameType.WEB_AUTHN);
    }

    @Test
    void signInWhenThePoolRestartsThenThePasskeyStillSignsIn() {
        pool.restart();

        InitiateAuthResponse challenge = webAuthn();
        assertThat(respond(challenge, authenticator.get(options(challenge), PasskeyPool.SITE))
                .authenticationResult().idToken()).isNotBlank();
    }

    private InitiateAuthResponse webAuthn() {
        return userAuth(Map.of("USERNAME", EMAIL, "PREFERRED_CHALLENGE", "WEB_AUTHN"));
    }

    private InitiateAuthResponse userAuth(Map<String, String> parameters) {
        return pool.cognito().initiateAuth(r -> r.clientId(passkeys.clientId).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(parameters));
    }

    private static String options(InitiateAuthResponse challenge) {
        return challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS");
    }

    private RespondToAuthChallengeResponse respond(InitiateAuthResponse challenge, String credential) {
        return pool.cognito().respondToAuthChallenge(r -> r.clientId(passkeys.clientId)
                .challengeName(ChallengeNameType.WEB_AUTHN).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "CREDENTIAL", credential)));
    }
}
