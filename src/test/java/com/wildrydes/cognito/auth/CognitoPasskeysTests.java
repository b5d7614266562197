package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.auth.ServiceBuilder.serviceOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** The account page's passkey calls against Cognito's wire format (AWS JSON 1.1, documents as JSON). */
class CognitoPasskeysTests {

    static final String ACCESS_TOKEN = "eyJraWQiOiJhY2Nlc3MifQ.access";
    static final String CREATION_OPTIONS = """
            {"challenge":"dGhlLWNoYWxsZW5nZQ","rp":{"id":"localhost","name":"Wild Rydes"},
             "user":{"id":"dXNlci1pZA","name":"rider@example.com","displayName":"rider@example.com"},
             "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],
             "timeout":60000,"excludeCredentials":[],
             "authenticatorSelection":{"residentKey":"required","userVerification":"preferred"}}""";
    static final String CREDENTIAL = """
            {"id":"Y3JlZC1pZA","rawId":"Y3JlZC1pZA","type":"public-key",
             "response":{"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0","attestationObject":"o2NmbXRkbm9uZQ",
                         "transports":["internal"]},
             "authenticatorAttachment":"platform","clientExtensionResults":{}}""";

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();
    final CognitoPasskeys passkeys = serviceOn(client).passkeys();

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void startRegistrationSendsTheAccessTokenAndReturnsTheCreationOptionsAsJson() {
        wire.stub("StartWebAuthnRegistration", answer("{\"CredentialCreationOptions\":" + CREATION_OPTIONS + "}"));

        String options = passkeys.startRegistration(ACCESS_TOKEN);

        assertThat(wire.sent("StartWebAuthnRegistration").get("AccessToken").asString()).isEqualTo(ACCESS_TOKEN);
        assertThat(CognitoWire.json(options)).isEqualTo(CognitoWire.json(CREATION_OPTIONS));
    }

    @Test
    void completeRegistrationSendsTheBrowsersCredentialAsAJsonDocument() {
        wire.stub("CompleteWebAuthnRegistration", answer("{}"));

        passkeys.completeRegistration(ACCESS_TOKEN, CREDENTIAL);

        JsonNode sent = wire.sent("CompleteWebAuthnRegistration");
        assertThat(sent.get("AccessToken").asString()).isEqualTo(ACCESS_TOKEN);
        assertThat(sent.get("Credential")).isEqualTo(CognitoWire.json(CREDENTIAL));
    }

    @Test
    void completeRegistrationWhenTheFieldIsNotJsonThenInvalidParameterAndNothingSent() {
        assertThatThrownBy(() -> passkeys.completeRegistration(ACCESS_TOKEN, "not json {"))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.INVALID_PARAMETER));
        assertThat(wire.requests("CompleteWebAuthnRegistration")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "WebAuthnRelyingPartyMismatchException, PASSKEY_REFUSED",
        "WebAuthnOriginNotAllowedException,     PASSKEY_REFUSED",
        "WebAuthnClientMismatchException,       PASSKEY_REFUSED",
        "WebAuthnNotEnabledException,           PASSKEYS_NOT_ENABLED",
        "WebAuthnConfigurationMissingException, PASSKEYS_NOT_ENABLED",
        "WebAuthnChallengeNotFoundException,    SESSION_EXPIRED",
        "TooManyRequestsException,              TOO_MANY_ATTEMPTS"})
    void completeRegistrationWhenCognitoRefusesThenNamedFailure(String code, CognitoFailureReason expected) {
        wire.stub("CompleteWebAuthnRegistration", error(400, code, "refused"));

        assertThatThrownBy(() -> passkeys.completeRegistration(ACCESS_TOKEN, CREDENTIAL))
                .isInstanceOfSatisfying(CognitoAuthException.class, e -> {
                    assertThat(e.failure()).isEqualTo(expected);
                    assertThat(e.getMessage()).doesNotContain(ACCESS_TOKEN);
                });
    }

    @Test
    void listReadsEveryPageWithTheNextToken() {
        wire.server.stubFor(CognitoWire.operation("ListWebAuthnCredentials")
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(answer("""
                        {"Credentials":[{"CredentialId":"cred-1","FriendlyCredentialName":"Chrome on Mac",
                          "RelyingPartyId":"localhost","AuthenticatorTransports":["internal"],
                          "CreatedAt":1764614400}],"NextToken":"page-2"}""")));
        wire.server.stubFor(CognitoWire.operation("ListWebAuthnCredentials")
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("page-2"))
                .willReturn(answer("""
                        {"Credentials":[{"CredentialId":"cred-2","FriendlyCredentialName":"YubiKey",
                          "RelyingPartyId":"localhost","AuthenticatorTransports":["usb"],
                          "CreatedAt":1764700800.5}]}""")));

        var list = passkeys.list(ACCESS_TOKEN);

        assertThat(list).containsExactly(
                new Passkey("cred-1", "Chrome on Mac", Instant.ofEpochSecond(1764614400)),
                new Passkey("cred-2", "YubiKey", Instant.ofEpochSecond(1764700800, 500_000_000)));
        assertThat(wire.requests("ListWebAuthnCredentials")).hasSize(2)
                .allSatisfy(r -> assertThat(CognitoWire.json(r.getBodyAsString()).get("MaxResults").asInt())
                        .isEqualTo(CognitoPasskeys.PAGE_SIZE));
    }

    @Test
    void deleteSendsTheCredentialId() {
        wire.stub("DeleteWebAuthnCredential", answer("{}"));

        passkeys.delete(ACCESS_TOKEN, "cred-1");

        JsonNode sent = wire.sent("DeleteWebAuthnCredential");
        assertThat(sent.get("AccessToken").asString()).isEqualTo(ACCESS_TOKEN);
        assertThat(sent.get("CredentialId").asString()).isEqualTo("cred-1");
    }

    @Test
    void deleteWhenThePasskeyIsAlreadyGoneThenDoneAllTheSame() {
        wire.stub("DeleteWebAuthnCredential", error(400, "ResourceNotFoundException", "Credential not found."));

        passkeys.delete(ACCESS_TOKEN, "cred-gone");

        assertThat(wire.requests("DeleteWebAuthnCredential")).hasSize(1);
    }
}
