package com.wildrydes.provision;

import static com.wildrydes.provision.ProvisionWire.CLIENT_ID;
import static com.wildrydes.provision.ProvisionWire.IDENTITY_POOL_ID;
import static com.wildrydes.provision.ProvisionWire.POOL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.provision.CognitoProvisioning;
import com.wildrydes.cognito.provision.IamWire;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code provision --with-identity-pool} against WireMock stubs of Cognito, Cognito Identity (AWS JSON 1.1) and
 * IAM (Query protocol, XML): create, reuse, refusal.
 */
class ProvisionIdentityPoolTests {

    final ProvisionWire wire = new ProvisionWire();
    final ProvisionCommand command = new ProvisionCommand(CognitoProvisioning::connect);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void withIdentityPoolWhenNothingExistsCreatesTheRoleAndThePoolAndPrintsItsId() {
        wire.empty();
        wire.noIdentityPool();
        IamWire.stub(wire.server, "GetRole", IamWire.error(404, "NoSuchEntity", "The role cannot be found."));
        IamWire.stub(wire.server, "CreateRole", IamWire.role("CreateRole", "{}"));

        assertThat(run()).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo(settings());
        var created = wire.identitySent("CreateIdentityPool");
        assertThat(created.get("IdentityPoolName").asString()).isEqualTo("WildRydesRiders");
        assertThat(created.get("AllowUnauthenticatedIdentities").asBoolean()).isFalse();
        assertThat(created.get("CognitoIdentityProviders")).isEqualTo(json("[{\"ProviderName\":\""
                + ProvisionWire.PROVIDER + "\",\"ClientId\":\"" + CLIENT_ID + "\",\"ServerSideTokenCheck\":false}]"));
        assertThat(IamWire.sent(wire.server, "CreateRole")).singleElement().satisfies(form -> {
            assertThat(form.get("RoleName")).isEqualTo("WildRydesRider");
            var trust = json(form.get("AssumeRolePolicyDocument")).get("Statement").get(0);
            assertThat(trust.get("Principal").get("Federated").asString()).isEqualTo("cognito-identity.amazonaws.com");
            assertThat(trust.get("Condition").get("StringEquals").get("cognito-identity.amazonaws.com:aud")
                    .asString()).isEqualTo(IDENTITY_POOL_ID);
        });
        assertThat(wire.identitySent("SetIdentityPoolRoles")).isEqualTo(json("{\"IdentityPoolId\":\""
                + IDENTITY_POOL_ID + "\",\"Roles\":{\"authenticated\":\"" + IamWire.ROLE_ARN + "\"}}"));
        assertThat(wire.identityRequests("ListIdentityPools").get(0).getHeader("Authorization"))
                .contains("/eu-west-1/cognito-identity/");
        assertThat(wire.requests("CreateUserPool")).hasSize(1);
    }

    @Test
    void withIdentityPoolWhenAllExistsReusesThemChangesNothingAndPrintsTheSameSettings() {
        wire.provisioned("");
        wire.identityPoolProvisioned(IamWire.ROLE_ARN);
        IamWire.stub(wire.server, "GetRole", IamWire.role("GetRole",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Condition\":{\"StringEquals\":"
                        + "{\"cognito-identity.amazonaws.com:aud\":\"" + IDENTITY_POOL_ID + "\"}}}]}"));

        assertThat(run()).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo(settings());
        for (String change : new String[] {"CreateIdentityPool", "UpdateIdentityPool", "SetIdentityPoolRoles"}) {
            assertThat(wire.identityRequests(change)).as(change).isEmpty();
        }
        assertThat(IamWire.sent(wire.server, "CreateRole")).isEmpty();
        assertThat(IamWire.sent(wire.server, "UpdateAssumeRolePolicy")).isEmpty();
        assertThat(IamWire.sent(wire.server, "GetRole")).singleElement()
                .satisfies(form -> assertThat(form.get("RoleName")).isEqualTo("WildRydesRider"));
    }

    @Test
    void withIdentityPoolWhenIamRefusesFailsWithOneSentenceNamingThePermissionsAndExitCodeOne() {
        wire.provisioned("");
        wire.identityPoolProvisioned(IamWire.ROLE_ARN);
        IamWire.stub(wire.server, "GetRole", IamWire.error(403, "AccessDenied", "User: arn:aws:iam::123456789012:"
                + "user/dev is not authorized to perform: iam:GetRole on resource: role WildRydesRider"));

        assertThat(run()).isOne();

        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("AWS refused the request (AccessDenied): the credentials need permission for "
                + "iam:GetRole, CreateRole, UpdateAssumeRolePolicy and PassRole, and cognito-identity:ListIdentityPools,"
                + " CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, GetIdentityPoolRoles and "
                + "SetIdentityPoolRoles.\n");
        assertThat(wire.identityRequests("SetIdentityPoolRoles")).isEmpty();
    }

    @Test
    void iamEndpointWithoutIdentityPoolIsAMistakeInTheArgumentsWithExitCodeTwo() {
        assertThat(run("provision", "--endpoint", wire.endpoint(), "--iam-endpoint", wire.endpoint())).isEqualTo(2);

        assertThat(stderr()).startsWith("--iam-endpoint is for the role of --with-identity-pool")
                .contains("Usage: provision");
        assertThat(wire.server.getAllServeEvents()).isEmpty();
    }

    /** Cognito, Cognito Identity and IAM all at the WireMock server. */
    private int run() {
        return run("provision", "--region", "eu-west-1", "--endpoint", wire.endpoint(), "--with-identity-pool",
                "--iam-endpoint", wire.endpoint());
    }

    private int run(String... args) {
        return command.run(Stream.of(args).toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String settings() {
        return "COGNITO_USER_POOL_ID=" + POOL_ID + "\nCOGNITO_CLIENT_ID=" + CLIENT_ID + "\nCOGNITO_IDENTITY_POOL_ID="
                + IDENTITY_POOL_ID + "\nAWS_REGION=eu-west-1\nCOGNITO_ENDPOINT=" + wire.endpoint() + "\n";
    }

    private static tools.jackson.databind.JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
