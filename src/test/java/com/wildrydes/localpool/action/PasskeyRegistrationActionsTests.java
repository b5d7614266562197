package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.TestAuthenticator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserVerificationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnClientMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialNotSupportedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;

/**
 * Passkey registration and management through the AWS SDK: StartWebAuthnRegistration, CompleteWebAuthnRegistration,
 * ListWebAuthnCredentials, DeleteWebAuthnCredential, and the pool's WebAuthnConfiguration.
 */
class PasskeyRegistrationActionsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PasskeyPool passkeys;
    String accessToken;

    @BeforeEach
    void riderInAPoolWithPasskeys() {
        passkeys = new PasskeyPool(pool, AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN);
        accessToken = passkeys.rider(EMAIL);
    }

    @Test
    @SuppressWarnings("unchecked")
    void startWhenPasskeysAllowedThenCreationOptionsNameTheRelyingPartyTheUserAndEs256() {
        Map<String, Object> options = passkeys.startRegistration(accessToken);

        assertThat((Map<String, Object>) options.get("rp")).containsEntry("id", "localhost")
                .containsEntry("name", "WildRydes");
        assertThat((Map<String, Object>) options.get("user")).containsEntry("name", EMAIL)
                .containsEntry("displayName", EMAIL).containsKey("id");
        assertThat((String) options.get("challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat((List<Map<String, Object>>) options.get("pubKeyCredParams"))
                .contains(Map.of("type", "public-key", "alg", -7L));
        assertThat((Map<String, Object>) options.get("authenticatorSelection"))
                .containsEntry("userVerification", "preferred").containsEntry("residentKey", "required");
        assertThat((List<?>) options.get("excludeCredentials")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void completeWhenPackedSelfAttestationThenListedAndExcludedFromTheNextRegistration() {
        TestAuthenticator authenticator = new TestAuthenticator();

        passkeys.register(accessToken, authenticator);

        var listed = pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)).credentials();
        assertThat(listed).singleElement().satisfies(credential -> {
            assertThat(credential.credentialId()).isEqualTo(authenticator.credentialId());
            assertThat(credential.relyingPartyId()).isEqualTo("localhost");
            assertThat(credential.friendlyCredentialName()).isEqualTo("Passkey");
            assertThat(credential.authenticatorAttachment()).isEqualTo("platform");
            assertThat(credential.authenticatorTransports()).containsExactly("internal");
            assertThat(credential.createdAt()).isEqualTo(LocalPoolFixture.START);
        });
        assertThat((List<Map<String, Object>>) passkeys.startRegistration(accessToken).get("excludeCredentials"))
                .containsExactly(Map.of("type", "public-key", "id", authenticator.credentialId()));
    }

    @Test
    void completeWhenAttestationNoneThenRegistered() {
        TestAuthenticator authenticator = new TestAuthenticator();

        passkeys.completeRegistration(accessToken,
                authenticator.create(passkeys.startRegistration(accessToken), PasskeyPool.SITE, false));

        assertThat(pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)).credentials()).hasSize(1);
    }

    @Test
    void deleteWhenHeldThenGoneAndWhenUnknownThenResourceNotFound() {
        TestAuthenticator authenticator = new TestAuthenticator();
        passkeys.register(accessToken, authenticator);

        pool.cognito().deleteWebAuthnCredential(r -> r.accessToken(accessToken)
                .credentialId(authenticator.credentialId()));

        assertThat(pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)).credentials()).isEmpty();
        assertThatThrownBy(() -> pool.cognito().deleteWebAuthnCredential(r -> r.accessToken(accessToken)
                .credentialId(authenticator.credentialId()))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listWhenMoreThanMaxResultsThenPagesWithNextToken() {
        passkeys.register(accessToken, new TestAuthenticator());
        passkeys.register(accessToken, new TestAuthenticator());

        var first = pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken).maxResults(1));
        var second = pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken).maxResults(1)
                .nextToken(first.nextToken()));

        assertThat(first.credentials()).hasSize(1);
        assertThat(second.credentials()).hasSize(1);
        assertThat(second.nextToken()).isNull();
        assertThat(second.credentials().get(0).credentialId()).isNotEqualTo(first.credentials().get(0).credentialId());
        assertThatThrownBy(() -> pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)
                .maxResults(21))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void startWhenThePoolDoesNotAllowWebAuthnThenWebAuthnNotEnabled() {
        var plain = new PasskeyPool(pool, AuthFactorType.PASSWORD);
        String token = plain.rider("bob@example.com");

        assertThatThrownBy(() -> plain.startRegistration(token)).isInstanceOf(WebAuthnNotEnabledException.class);
    }

    @Test
    void completeWhenNotStartedOrAlreadyUsedOrExpiredThenChallengeNotFound() {
        TestAuthenticator authenticator = new TestAuthenticator();
        Map<String, Object> options = passkeys.startRegistration(accessToken);
        Map<String, Object> credential = authenticator.create(options, PasskeyPool.SITE);
        passkeys.completeRegistration(accessToken, credential);

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, credential))
                .isInstanceOf(WebAuthnChallengeNotFoundException.class);
        Map<String, Object> late = new TestAuthenticator().create(passkeys.startRegistration(accessToken),
                PasskeyPool.SITE);
        pool.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, late))
                .isInstanceOf(WebAuthnChallengeNotFoundException.class);
    }

    @Test
    void completeWhenAnsweringAnEarlierChallengeThenChallengeNotFound() {
        Map<String, Object> stale = new TestAuthenticator().create(passkeys.startRegistration(accessToken),
                PasskeyPool.SITE);
        passkeys.startRegistration(accessToken); // replaces the first challenge

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, stale))
                .isInstanceOf(WebAuthnChallengeNotFoundException.class);
    }

    @Test
    void completeWhenFromAnotherOriginThenOriginNotAllowed() {
        Map<String, Object> credential = new TestAuthenticator().create(passkeys.startRegistration(accessToken),
                "https://evil.example");

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, credential))
                .isInstanceOf(WebAuthnOriginNotAllowedException.class);
    }

    @Test
    void completeWhenThePasskeyIsForAnotherRelyingPartyThenRelyingPartyMismatch() {
        Map<String, Object> credential = new TestAuthenticator().forRelyingParty("example.com")
                .create(passkeys.startRegistration(accessToken), PasskeyPool.SITE);

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, credential))
                .isInstanceOf(WebAuthnRelyingPartyMismatchException.class);
    }

    @Test
    void completeWhenAnotherClientsTokenStartedItThenClientMismatch() {
        String otherClient = passkeys.client("Other");
        String otherToken = passkeys.accessToken(otherClient, EMAIL);
        Map<String, Object> credential = new TestAuthenticator().create(passkeys.startRegistration(otherToken),
                PasskeyPool.SITE);

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, credential))
                .isInstanceOf(WebAuthnClientMismatchException.class);
    }

    @Test
    void completeWhenThePoolRequiresUserVerificationAndTheKeyHasNoneThenNotSupported() {
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId)
                .webAuthnConfiguration(w -> w.userVerification(UserVerificationType.REQUIRED)));
        Map<String, Object> credential = new TestAuthenticator().withoutUserVerification()
                .create(passkeys.startRegistration(accessToken), PasskeyPool.SITE);

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, credential))
                .isInstanceOf(WebAuthnCredentialNotSupportedException.class);
    }

    @Test
    void completeWhenTheCredentialIsNotAPublicKeyCredentialThenInvalidParameterNot500() {
        passkeys.startRegistration(accessToken);

        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, Map.of("id", "x", "response", "y")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void mfaConfigWhenRelyingPartySetThenAnsweredUsedAndOnlyItsHttpsOriginAccepted() {
        var set = pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId)
                .webAuthnConfiguration(w -> w.relyingPartyId("rides.example.com")));
        var got = pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId)).webAuthnConfiguration();
        assertThat(set.webAuthnConfiguration().relyingPartyId()).isEqualTo("rides.example.com");
        assertThat(got.relyingPartyId()).isEqualTo("rides.example.com");
        assertThat(got.userVerification()).isEqualTo(UserVerificationType.PREFERRED);

        Map<String, Object> fromLocalhost = new TestAuthenticator().create(passkeys.startRegistration(accessToken),
                PasskeyPool.SITE);
        assertThatThrownBy(() -> passkeys.completeRegistration(accessToken, fromLocalhost))
                .isInstanceOf(WebAuthnOriginNotAllowedException.class);
        passkeys.completeRegistration(accessToken, new TestAuthenticator()
                .create(passkeys.startRegistration(accessToken), "https://rides.example.com"));
        assertThat(pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)).credentials())
                .singleElement().satisfies(c -> assertThat(c.relyingPartyId()).isEqualTo("rides.example.com"));
    }

    @Test
    void passkeysAndPoliciesWhenThePoolRestartsThenKept() {
        TestAuthenticator authenticator = new TestAuthenticator();
        passkeys.register(accessToken, authenticator);
        pool.cognito().setUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId)
                .webAuthnConfiguration(w -> w.userVerification(UserVerificationType.REQUIRED)));

        pool.restart();

        assertThat(pool.cognito().listWebAuthnCredentials(r -> r.accessToken(accessToken)).credentials())
                .singleElement().satisfies(c -> assertThat(c.credentialId()).isEqualTo(authenticator.credentialId()));
        assertThat(pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(passkeys.poolId)).webAuthnConfiguration()
                .userVerification()).isEqualTo(UserVerificationType.REQUIRED);
        assertThat(pool.cognito().describeUserPool(r -> r.userPoolId(passkeys.poolId)).userPool().policies()
                .signInPolicy().allowedFirstAuthFactors())
                .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN);
    }
}
