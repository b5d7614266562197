package com.wildrydes.cognito.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoCallSettings;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.SiteUserPool;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The identity pool's and STS's calls against WireMock stubs in their wire formats, through the real SDK clients. */
class CognitoIdentityServiceTests {

    static final String USER_POOL_ID = "ap-northeast-2_AbC123xYz";
    static final String ID_TOKEN = "eyJ.rider-id-token.sig";
    static final Instant EXPIRY = Instant.parse("2026-12-01T21:00:00Z");
    static final CognitoCallSettings PATIENCE = new CognitoCallSettings(Duration.ofSeconds(5), Duration.ofSeconds(1), 2);

    final CognitoWire wire = new CognitoWire();
    final IdentityWire aws = new IdentityWire(wire.server);
    CognitoIdentityClient identityClient;
    StsClient stsClient;
    CognitoIdentityService service;

    @BeforeEach
    void clients() {
        CognitoSettings settings = wire.settings();
        identityClient = CognitoIdentityConfiguration.configured(CognitoIdentityClient.builder(), settings, PATIENCE).build();
        stsClient = CognitoIdentityConfiguration.configured(StsClient.builder(), settings, PATIENCE).build();
        service = new CognitoIdentityService(identityClient, stsClient, SiteIdentityPool.configured(IdentityWire.IDENTITY_POOL_ID),
                SiteUserPool.configured(new CognitoPool(USER_POOL_ID, "client", null)), settings.region());
    }

    @AfterEach
    void close() {
        identityClient.close();
        stsClient.close();
        wire.close();
    }

    @Test
    void credentialsForWhenIdentityPoolAnswersThenIdentityAndCredentialsFromUnsignedCallsWithTheUserPoolLogin() {
        aws.answersNormally(EXPIRY);

        RiderCredentials credentials = service.credentialsFor(ID_TOKEN);

        assertThat(credentials).isEqualTo(new RiderCredentials(IdentityWire.IDENTITY_ID, IdentityWire.ACCESS_KEY_ID,
                IdentityWire.SECRET_KEY, IdentityWire.SESSION_TOKEN, EXPIRY));
        String logins = "{\"cognito-idp.ap-northeast-2.amazonaws.com/" + USER_POOL_ID + "\":\"" + ID_TOKEN + "\"}";
        wire.server.verify(IdentityWire.sentToIdentity("GetId").withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"IdentityPoolId\":\"" + IdentityWire.IDENTITY_POOL_ID
                        + "\",\"Logins\":" + logins + "}")));
        wire.server.verify(IdentityWire.sentToIdentity("GetCredentialsForIdentity").withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"IdentityId\":\"" + IdentityWire.IDENTITY_ID + "\",\"Logins\":"
                        + logins + "}")));
    }

    @Test
    void callerIdentityThenStsSignedWithTheRidersCredentialsAndTheAssumedRole() {
        aws.answersNormally(EXPIRY);

        CallerIdentity caller = service.callerIdentity(service.credentialsFor(ID_TOKEN));

        assertThat(caller).isEqualTo(new CallerIdentity(IdentityWire.ACCOUNT, IdentityWire.CALLER_ARN,
                "AROAWILDRYDESRIDER01:CognitoIdentityCredentials"));
        wire.server.verify(IdentityWire.sentToSts()
                .withHeader("Authorization", containing("Credential=" + IdentityWire.ACCESS_KEY_ID + "/"))
                .withHeader("Authorization", containing("/ap-northeast-2/sts/aws4_request"))
                .withHeader("X-Amz-Security-Token", equalTo(IdentityWire.SESSION_TOKEN)));
    }

    @Test
    void credentialsForWhenTokenRefusedThenNotAuthorizedAndNoRetry() {
        aws.answersNormally(EXPIRY);
        aws.identityFails("GetId", 400, "NotAuthorizedException");

        assertThatThrownBy(() -> service.credentialsFor(ID_TOKEN)).isInstanceOf(AwsIdentityException.class)
                .hasMessage("GetId failed: NotAuthorizedException")
                .satisfies(e -> assertThat(((AwsIdentityException) e).code()).isEqualTo("NotAuthorizedException"));
        assertThat(wire.server.findAll(IdentityWire.sentToIdentity("GetId"))).hasSize(1);
        assertThat(wire.server.findAll(IdentityWire.sentToIdentity("GetCredentialsForIdentity"))).isEmpty();
    }

    @Test
    void credentialsForWhenThrottledThenRetriedThenTooManyRequests() {
        aws.answersNormally(EXPIRY);
        aws.identityFails("GetCredentialsForIdentity", 400, "TooManyRequestsException");

        assertThatThrownBy(() -> service.credentialsFor(ID_TOKEN)).isInstanceOf(AwsIdentityException.class)
                .hasMessage("GetCredentialsForIdentity failed: TooManyRequestsException");
        assertThat(wire.server.findAll(IdentityWire.sentToIdentity("GetCredentialsForIdentity")))
                .as("every attempt the settings allow").hasSize(PATIENCE.maxAttempts());
    }

    @Test
    void credentialsForWhenServiceFailsThenInternalError() {
        aws.answersNormally(EXPIRY);
        aws.identityFails("GetId", 500, "InternalErrorException");

        assertThatThrownBy(() -> service.credentialsFor(ID_TOKEN)).isInstanceOf(AwsIdentityException.class)
                .hasMessage("GetId failed: InternalErrorException");
    }

    @Test
    void callerIdentityWhenStsRefusesThenItsErrorCode() {
        aws.answersNormally(EXPIRY);
        aws.stsFails(403, "ExpiredToken");
        RiderCredentials credentials = service.credentialsFor(ID_TOKEN);

        assertThatThrownBy(() -> service.callerIdentity(credentials)).isInstanceOf(AwsIdentityException.class)
                .hasMessage("GetCallerIdentity failed: ExpiredToken");
    }

    @Test
    void credentialsForWhenNoIdentityPoolThenNoneToAskAndNothingSent() {
        CognitoIdentityService without = new CognitoIdentityService(identityClient, stsClient, SiteIdentityPool.none(),
                SiteUserPool.configured(new CognitoPool(USER_POOL_ID, "client", null)), "ap-northeast-2");

        assertThat(without.hasIdentityPool()).isFalse();
        assertThat(service.hasIdentityPool()).isTrue();
        assertThat(wire.server.getAllServeEvents()).isEmpty();
    }
}
