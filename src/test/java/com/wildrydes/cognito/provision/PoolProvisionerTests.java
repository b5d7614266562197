package com.wildrydes.cognito.provision;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.json;
import static com.wildrydes.cognito.CognitoWire.operation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** PoolProvisioner against Cognito's wire format; its pool and client answers are public for the start-up tests. */
@ExtendWith(OutputCaptureExtension.class)
public class PoolProvisionerTests {

    static final String POOL_ID = "ap-northeast-2_AbC123xYz";
    static final String CLIENT_ID = "4lq0k1o2ab3cd4ef5gh6ij7kl8";
    static final String OTHER_POOL = "{\"Id\":\"ap-northeast-2_Other1\",\"Name\":\"Other\"}";
    public static final String SITE_POOL = "{\"Id\":\"" + POOL_ID + "\",\"Name\":\"WildRydes\"}";

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();
    final PoolProvisioner provisioner = new PoolProvisioner(client);

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void whenNoPoolHasTheNameThenCreatesTheSeedsPoolAndClient() {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + OTHER_POOL + "]}"));
        wire.stub("CreateUserPool", answer("{\"UserPool\":" + SITE_POOL + "}"));
        wire.stub("SetUserPoolMfaConfig", answer("{\"MfaConfiguration\":\"OPTIONAL\","
                + "\"SoftwareTokenMfaConfiguration\":{\"Enabled\":true}}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
        wire.stub("CreateUserPoolClient", answer(clientJson("")));

        CognitoPool pool = provisioner.findOrCreate(PoolSpec.SITE);

        assertThat(pool).isEqualTo(new CognitoPool(POOL_ID, CLIENT_ID, null));
        JsonNode created = wire.sent("CreateUserPool");
        assertThat(created.get("PoolName").asString()).isEqualTo("WildRydes");
        assertThat(created.get("UsernameAttributes")).isEqualTo(json("[\"email\"]"));
        assertThat(created.get("AutoVerifiedAttributes")).isEqualTo(json("[\"email\"]"));
        assertThat(created.get("Schema"))
                .isEqualTo(json("[{\"Name\":\"email\",\"AttributeDataType\":\"String\",\"Mutable\":true,\"Required\":true}]"));
        assertThat(created.get("Policies").get("PasswordPolicy")).isEqualTo(json("{\"MinimumLength\":8,"
                + "\"RequireUppercase\":true,\"RequireLowercase\":true,\"RequireNumbers\":true,\"RequireSymbols\":true,"
                + "\"TemporaryPasswordValidityDays\":7}"));
        assertThat(created.get("Policies").get("SignInPolicy"))
                .isEqualTo(json("{\"AllowedFirstAuthFactors\":[\"PASSWORD\",\"EMAIL_OTP\",\"WEB_AUTHN\"]}"));
        assertThat(created.get("VerificationMessageTemplate").get("DefaultEmailOption").asString())
                .isEqualTo("CONFIRM_WITH_CODE");
        assertThat(created.get("AccountRecoverySetting"))
                .isEqualTo(json("{\"RecoveryMechanisms\":[{\"Priority\":1,\"Name\":\"verified_email\"}]}"));
        assertThat(wire.sent("SetUserPoolMfaConfig")).isEqualTo(json("{\"UserPoolId\":\"" + POOL_ID + "\","
                + "\"SoftwareTokenMfaConfiguration\":{\"Enabled\":true},\"MfaConfiguration\":\"OPTIONAL\","
                + "\"WebAuthnConfiguration\":{\"RelyingPartyId\":\"localhost\",\"UserVerification\":\"preferred\"}}"));
        assertThat(wire.sent("ListUserPoolClients").get("UserPoolId").asString()).isEqualTo(POOL_ID);
        JsonNode app = wire.sent("CreateUserPoolClient");
        assertThat(app.get("UserPoolId").asString()).isEqualTo(POOL_ID);
        assertThat(app.get("ClientName").asString()).isEqualTo("WildRydesWebApp");
        assertThat(app.get("GenerateSecret").asBoolean()).isFalse();
        assertThat(app.get("ExplicitAuthFlows"))
                .isEqualTo(json("[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_USER_PASSWORD_AUTH\",\"ALLOW_USER_AUTH\","
                        + "\"ALLOW_REFRESH_TOKEN_AUTH\"]"));
        assertThat(app.get("PreventUserExistenceErrors").asString()).isEqualTo("ENABLED");
    }

    @Test
    void whenPoolAndClientExistThenReusesThemAcrossPagesWithTheClientsSecret() {
        wire.server.stubFor(operation("ListUserPools").withRequestBody(notContaining("NextToken"))
                .willReturn(answer("{\"UserPools\":[" + OTHER_POOL + "],\"NextToken\":\"page-2\"}")));
        wire.server.stubFor(operation("ListUserPools").withRequestBody(containing("\"NextToken\":\"page-2\""))
                .willReturn(answer("{\"UserPools\":[" + SITE_POOL + "]}")));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[{\"ClientId\":\"" + CLIENT_ID
                + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\"" + POOL_ID + "\"}]}"));
        wire.stub("DescribeUserPoolClient", answer(clientJson(",\"ClientSecret\":\"existing-secret\"")));

        CognitoPool pool = provisioner.findOrCreate(PoolSpec.SITE);

        assertThat(pool).isEqualTo(new CognitoPool(POOL_ID, CLIENT_ID, "existing-secret"));
        assertThat(wire.requests("ListUserPools")).hasSize(2);
        assertThat(wire.sent("DescribeUserPoolClient").get("ClientId").asString()).isEqualTo(CLIENT_ID);
        assertThat(wire.requests("CreateUserPool")).isEmpty();
        assertThat(wire.requests("CreateUserPoolClient")).isEmpty();
    }

    @Test
    void whenTheExistingClientRevealsUsersThenWarnsAndStillReusesIt(CapturedOutput output) {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + SITE_POOL + "]}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[{\"ClientId\":\"" + CLIENT_ID
                + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\"" + POOL_ID + "\"}]}"));
        wire.stub("DescribeUserPoolClient", answer(clientJson(",\"PreventUserExistenceErrors\":\"LEGACY\"")));

        CognitoPool pool = provisioner.findOrCreate(PoolSpec.SITE);

        assertThat(pool).isEqualTo(new CognitoPool(POOL_ID, CLIENT_ID, null));
        assertThat(output).contains("App client WildRydesWebApp has PreventUserExistenceErrors LEGACY");
        assertThat(wire.requests("UpdateUserPoolClient")).isEmpty();
    }

    @Test
    void whenTheExistingClientHidesUsersThenNoWarning(CapturedOutput output) {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + SITE_POOL + "]}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[{\"ClientId\":\"" + CLIENT_ID
                + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\"" + POOL_ID + "\"}]}"));
        wire.stub("DescribeUserPoolClient", answer(clientJson(",\"PreventUserExistenceErrors\":\"ENABLED\"")));

        provisioner.findOrCreate(PoolSpec.SITE);

        assertThat(output).doesNotContain("PreventUserExistenceErrors");
    }

    @Test
    void whenAskedForASecretAndNoPasswordAuthThenCreatesTheClientThatWay() {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + SITE_POOL + "]}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
        wire.stub("CreateUserPoolClient", answer(clientJson(",\"ClientSecret\":\"generated-secret\"")));

        CognitoPool pool = provisioner.findOrCreate(new PoolSpec("WildRydes", "WildRydesServer", true, false));

        assertThat(pool.clientSecret()).isEqualTo("generated-secret");
        JsonNode app = wire.sent("CreateUserPoolClient");
        assertThat(app.get("ClientName").asString()).isEqualTo("WildRydesServer");
        assertThat(app.get("GenerateSecret").asBoolean()).isTrue();
        assertThat(app.get("ExplicitAuthFlows"))
                .isEqualTo(json("[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_USER_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]"));
    }

    @Test
    void siteUserPoolProvisionsOnceWhenManyRequestsArriveTogether() throws Exception {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + SITE_POOL + "]}").withFixedDelay(200));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
        wire.stub("CreateUserPoolClient", answer(clientJson("")));
        SiteUserPool sitePool = CognitoPoolConfiguration.provisionedBy(provisioner, PoolSpec.SITE);
        assertThat(wire.requests("ListUserPools")).as("nothing happens before first use").isEmpty();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<CognitoPool>> answers = threads.invokeAll(
                    java.util.Collections.nCopies(8, (Callable<CognitoPool>) sitePool::current));
            for (Future<CognitoPool> answer : answers) {
                assertThat(answer.get()).isEqualTo(new CognitoPool(POOL_ID, CLIENT_ID, null));
            }
        } finally {
            threads.shutdown();
        }
        assertThat(sitePool.current().clientId()).isEqualTo(CLIENT_ID);
        assertThat(wire.requests("ListUserPools")).hasSize(1);
        assertThat(wire.requests("CreateUserPoolClient")).hasSize(1);
    }

    public static String clientJson(String extraMembers) {
        return "{\"UserPoolClient\":{\"ClientId\":\"" + CLIENT_ID + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\""
                + POOL_ID + "\"" + extraMembers + "}}";
    }
}
