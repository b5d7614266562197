package com.wildrydes.cognito.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wildrydes.cognito.CognitoWire.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.provision.CognitoPoolConfiguration;
import com.wildrydes.cognito.token.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The site's CognitoAuthService verifies tokens against the key set of the pool it resolved, fetched on first use. */
class CognitoTokenWiringTests {

    static final String POOL_ID = "ap-northeast-2_AbC123xYz";
    static final String CLIENT_ID = "4lq0k1o2ab3cd4ef5gh6ij7kl8";
    static final String JWKS_PATH = "/" + POOL_ID + "/.well-known/jwks.json";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CognitoSettings.class)
    static class Settings {
    }

    final CognitoWire wire = new CognitoWire();
    final TestTokens poolKey = TestTokens.withNewKey("local-pool-key");
    final String issuer = wire.endpoint() + "/" + POOL_ID;
    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, CognitoClientConfiguration.class, CognitoPoolConfiguration.class,
                    CognitoAuthConfiguration.class)
            .withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint(),
                    "wildrydes.cognito.user-pool-id=" + POOL_ID, "wildrydes.cognito.client-id=" + CLIENT_ID,
                    "wildrydes.cognito.auth-flow=USER_PASSWORD_AUTH");

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void signInVerifiesTokensWithTheKeySetAtTheIssuerFetchedOnFirstUseOnly() {
        serveKeys(aResponse().withHeader("Content-Type", "application/json")
                .withBody(poolKey.publicKeys().toString()));
        wire.stub("InitiateAuth", answer(TestTokens.authenticationResult(poolKey.idToken(issuer, CLIENT_ID, c -> c),
                poolKey.accessToken(issuer, CLIENT_ID), "refresh-token")));

        runner.run(context -> {
            CognitoAuthService service = context.getBean(CognitoAuthService.class);
            wire.server.verify(0, getRequestedFor(urlEqualTo(JWKS_PATH)));

            SignInResult first = service.signIn(TestTokens.EMAIL, "Passw0rd!");
            service.signIn(TestTokens.EMAIL, "Passw0rd!");

            assertThat(first).isInstanceOfSatisfying(SignInResult.Authenticated.class,
                    signedIn -> assertThat(signedIn.identity().sub()).isEqualTo(TestTokens.SUB));
            wire.server.verify(1, getRequestedFor(urlEqualTo(JWKS_PATH)));
        });
    }

    @Test
    void signInWhenTheTokensComeFromAnotherIssuerThenRefused() {
        serveKeys(aResponse().withHeader("Content-Type", "application/json")
                .withBody(poolKey.publicKeys().toString()));
        String awsIssuer = "https://cognito-idp.ap-northeast-2.amazonaws.com/" + POOL_ID;
        wire.stub("InitiateAuth", answer(TestTokens.authenticationResult(poolKey.idToken(awsIssuer, CLIENT_ID, c -> c),
                poolKey.accessToken(awsIssuer, CLIENT_ID), "refresh-token")));

        runner.run(context -> {
            CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                    () -> context.getBean(CognitoAuthService.class).signIn(TestTokens.EMAIL, "Passw0rd!"));

            assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED);
        });
    }

    @Test
    void signInWhenTheKeySetCannotBeFetchedThenUnavailableRatherThanSignedIn() {
        serveKeys(aResponse().withStatus(503));
        wire.stub("InitiateAuth", answer(TestTokens.authenticationResult(poolKey.idToken(issuer, CLIENT_ID, c -> c),
                poolKey.accessToken(issuer, CLIENT_ID), "refresh-token")));

        runner.run(context -> {
            CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                    () -> context.getBean(CognitoAuthService.class).signIn(TestTokens.EMAIL, "Passw0rd!"));

            assertThat(thrown.failure()).isEqualTo(CognitoFailureReason.UNAVAILABLE);
            assertThat(thrown.cognitoCode()).isEqualTo("JwksUnavailable");
        });
    }

    private void serveKeys(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wire.server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(response));
    }
}
