package com.wildrydes.cognito.provision;

import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** The standalone provisioning connection: region choice, the admins group, and failures as one sentence. */
class CognitoProvisioningTests {

    final CognitoWire wire = new CognitoWire();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void whenTheAdminsGroupExistsAlreadyThenProvisioningStillSucceeds() {
        stubExistingPoolAndClient();
        wire.stub("CreateGroup", error(400, "GroupExistsException", "A group with the name admins already exists."));

        try (CognitoProvisioning provisioning = CognitoProvisioning.connect("eu-west-1", wire.endpoint())) {
            CognitoPool pool = provisioning.provision(PoolSpec.SITE, null);

            assertThat(pool.userPoolId()).isEqualTo(PoolProvisionerTests.POOL_ID);
            assertThat(provisioning.region()).isEqualTo("eu-west-1");
        }
        assertThat(wire.sent("CreateGroup").get("GroupName").asString()).isEqualTo(PoolSpec.ADMINS_GROUP);
    }

    @Test
    void whenNoCredentialsAreFoundThenOneSentenceSaysHowToSetThem() {
        CognitoSettings aws = CognitoProvisioning.target("eu-west-1", wire.endpoint());
        try (CognitoProvisioning provisioning = CognitoProvisioning.connect(aws, () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        })) {
            ProvisioningException thrown = catchThrowableOfType(ProvisioningException.class,
                    () -> provisioning.provision(PoolSpec.SITE, null));

            assertThat(thrown.getMessage()).startsWith("No AWS credentials were found").contains("aws configure")
                    .doesNotContain("\n");
        }
        assertThat(wire.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void whenCognitoFailsInsideThenTheSentenceSaysTryAgain() {
        wire.stub("ListUserPools", error(500, "InternalErrorException", "Internal error"));

        try (CognitoProvisioning provisioning = CognitoProvisioning.connect("eu-west-1", wire.endpoint())) {
            ProvisioningException thrown = catchThrowableOfType(ProvisioningException.class,
                    () -> provisioning.provision(PoolSpec.SITE, null));

            assertThat(thrown.getMessage()).isEqualTo(
                    "Cognito failed to answer (InternalErrorException, HTTP 500): try again in a moment.");
        }
    }

    @Test
    void regionIsTheOneGivenElseTheDefaultChainsElseTheSeeds() {
        assertThat(CognitoProvisioning.target(" us-east-1 ", null).region()).isEqualTo("us-east-1");
        assertThat(CognitoProvisioning.regionOr(() -> Region.EU_CENTRAL_1)).isEqualTo("eu-central-1");
        assertThat(CognitoProvisioning.regionOr(() -> {
            throw SdkClientException.create("Unable to load region from any of the providers in the chain");
        })).isEqualTo("ap-northeast-2");
    }

    private void stubExistingPoolAndClient() {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + PoolProvisionerTests.SITE_POOL + "]}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[{\"ClientId\":\"" + PoolProvisionerTests.CLIENT_ID
                + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\"" + PoolProvisionerTests.POOL_ID + "\"}]}"));
        wire.stub("DescribeUserPoolClient", answer(PoolProvisionerTests.clientJson("")));
    }
}
