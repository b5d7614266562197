package com.wildrydes.cognito.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import tools.jackson.databind.json.JsonMapper;

/** The riders' IAM role against IAM's wire format (Query protocol, XML answers). */
class RiderRoleTests {

    static final String POOL = "eu-west-1:6f1c2b9e-0d4a-4c55-9a7e-1234567890ab";
    static final String OTHER_POOL = "eu-west-1:00000000-1111-2222-3333-444444444444";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
    final IamClient iam;
    final RiderRole role;

    RiderRoleTests() {
        server.start();
        iam = ProvisioningClients.iam("http://127.0.0.1:" + server.port(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")), Duration.ofSeconds(10));
        role = new RiderRole(iam);
    }

    @AfterEach
    void stop() {
        iam.close();
        server.stop();
    }

    @Test
    void trustPolicyIsTheDevelopersGuidesForAuthenticatedIdentitiesOfThatPool() {
        assertThat(JsonMapper.builder().build().readTree(RiderRole.trustPolicy(POOL))).isEqualTo(
                JsonMapper.builder().build().readTree("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                          "Action": "sts:AssumeRoleWithWebIdentity",
                          "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%s"},
                            "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}]}
                        """.formatted(POOL)));
    }

    @Test
    void ensureWhenNoRoleHasTheNameThenCreatesItTrustingThePoolAndAnswersItsArn() {
        IamWire.stub(server, "GetRole", IamWire.error(404, "NoSuchEntity",
                "The role with name WildRydesRider cannot be found."));
        IamWire.stub(server, "CreateRole", IamWire.role("CreateRole", RiderRole.trustPolicy(POOL)));

        String arn = role.ensure("WildRydesRider", POOL);

        assertThat(arn).isEqualTo(IamWire.ROLE_ARN);
        assertThat(IamWire.sent(server, "CreateRole")).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("RoleName", "WildRydesRider")
                    .containsEntry("AssumeRolePolicyDocument", RiderRole.trustPolicy(POOL));
            assertThat(form.get("Description")).contains(POOL);
        });
    }

    @Test
    void ensureWhenTheRoleTrustsThePoolThenReusesItUnchanged() {
        IamWire.stub(server, "GetRole", IamWire.role("GetRole", RiderRole.trustPolicy(POOL)));

        assertThat(role.ensure("WildRydesRider", POOL)).isEqualTo(IamWire.ROLE_ARN);

        assertThat(IamWire.sent(server, "CreateRole")).isEmpty();
        assertThat(IamWire.sent(server, "UpdateAssumeRolePolicy")).isEmpty();
    }

    @Test
    void ensureWhenTheRoleTrustsAnotherPoolThenUpdatesItsTrustPolicyToThisOne() {
        IamWire.stub(server, "GetRole", IamWire.role("GetRole", RiderRole.trustPolicy(OTHER_POOL)));
        IamWire.stub(server, "UpdateAssumeRolePolicy", IamWire.updated());

        assertThat(role.ensure("WildRydesRider", POOL)).isEqualTo(IamWire.ROLE_ARN);

        assertThat(IamWire.sent(server, "UpdateAssumeRolePolicy")).containsExactly(Map.of("Action",
                "UpdateAssumeRolePolicy", "Version", "2010-05-08", "RoleName", "WildRydesRider", "PolicyDocument",
                RiderRole.trustPolicy(POOL)));
        assertThat(IamWire.sent(server, "CreateRole")).isEmpty();
    }

    @Test
    void trustsWhenThePoolIsOneOfSeveralAudiencesThenTrue() {
        String several = "{\"Statement\":{\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":[\""
                + OTHER_POOL + "\",\"" + POOL + "\"]}}}}";

        assertThat(RiderRole.trusts(java.net.URLEncoder.encode(several, java.nio.charset.StandardCharsets.UTF_8), POOL))
                .isTrue();
        assertThat(RiderRole.trusts(java.net.URLEncoder.encode(several, java.nio.charset.StandardCharsets.UTF_8),
                "eu-west-1:another")).isFalse();
        assertThat(RiderRole.trusts(null, POOL)).isFalse();
    }

    @Test
    void ensureWhenIamRefusesThenTheSdksErrorWithIamsCode() {
        IamWire.stub(server, "GetRole", IamWire.error(403, "AccessDenied", "User is not authorized to perform: "
                + "iam:GetRole"));

        assertThatThrownBy(() -> role.ensure("WildRydesRider", POOL)).isInstanceOfSatisfying(IamException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    }
}
