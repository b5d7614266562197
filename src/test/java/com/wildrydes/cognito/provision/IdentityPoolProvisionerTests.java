package com.wildrydes.cognito.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.localpool.IdentityExamples;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/** IdentityPoolProvisioner against the local pool, through the AWS SDK. */
class IdentityPoolProvisionerTests {

    static final String ROLE = "arn:aws:iam::123456789012:role/WildRydesRider";
    static final String OTHER_ROLE = "arn:aws:iam::123456789012:role/Older";
    static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/WildRydesGuest";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    CognitoIdentityClient identity;
    IdentityPoolProvisioner provisioner;
    CognitoPool userPool;

    @BeforeEach
    void userPool() {
        identity = IdentityExamples.identityClient(pool);
        provisioner = new IdentityPoolProvisioner(identity);
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        userPool = new CognitoPool(seed.poolId(), seed.clientId(), null);
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void findOrCreateWhenNoPoolHasTheNameThenCreatesOneLinkedToTheClientWithTheRole() {
        identity.createIdentityPool(r -> r.identityPoolName("Other").allowUnauthenticatedIdentities(true));

        String id = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        DescribeIdentityPoolResponse described = identity.describeIdentityPool(r -> r.identityPoolId(id));
        assertThat(described.identityPoolName()).isEqualTo("WildRydesRiders");
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.cognitoIdentityProviders()).containsExactly(CognitoIdentityProvider.builder()
                .providerName("cognito-idp.ap-northeast-2.amazonaws.com/" + userPool.userPoolId())
                .clientId(userPool.clientId()).serverSideTokenCheck(false).build());
        assertThat(identity.getIdentityPoolRoles(r -> r.identityPoolId(id)).roles())
                .isEqualTo(Map.of("authenticated", ROLE));
    }

    @Test
    void findOrCreateWhenRunAgainThenReusesThePoolAndCreatesNoOther() {
        String first = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        String second = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        assertThat(second).isEqualTo(first);
        assertThat(identity.listIdentityPools(r -> r.maxResults(60)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolId).containsExactly(first);
    }

    @Test
    void findOrCreateWhenTheFoundPoolLacksTheClientThenAddsItAndKeepsTheOtherProviders() {
        CognitoIdentityProvider older = CognitoIdentityProvider.builder()
                .providerName(IdentityExamples.providerName(userPool.userPoolId())).clientId("olderclient").build();
        String existing = identity.createIdentityPool(r -> r.identityPoolName("WildRydesRiders")
                .allowUnauthenticatedIdentities(true).developerProviderName("login.wildrydes")
                .cognitoIdentityProviders(older)).identityPoolId();

        String id = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        assertThat(id).isEqualTo(existing);
        DescribeIdentityPoolResponse described = identity.describeIdentityPool(r -> r.identityPoolId(id));
        assertThat(described.cognitoIdentityProviders()).extracting(CognitoIdentityProvider::clientId)
                .containsExactly("olderclient", userPool.clientId());
        assertThat(described.allowUnauthenticatedIdentities()).isTrue();
        assertThat(described.developerProviderName()).isEqualTo("login.wildrydes");
    }

    @Test
    void findOrCreateWhenTheFoundPoolHasAnotherRoleThenSetsTheRoleAndKeepsTheGuestRole() {
        String existing = IdentityExamples.ridersPool(identity, new PoolAndClient(userPool.userPoolId(),
                userPool.clientId(), null));
        identity.setIdentityPoolRoles(r -> r.identityPoolId(existing)
                .roles(Map.of("authenticated", OTHER_ROLE, "unauthenticated", GUEST_ROLE)));

        String id = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        assertThat(id).isEqualTo(existing);
        assertThat(identity.getIdentityPoolRoles(r -> r.identityPoolId(id)).roles())
                .isEqualTo(Map.of("authenticated", ROLE, "unauthenticated", GUEST_ROLE));
    }

    @Test
    void findOrCreateWhenThePoolIsOnALaterPageThenFindsIt() {
        for (int i = 0; i < 60; i++) {
            String name = "Other" + i;
            identity.createIdentityPool(r -> r.identityPoolName(name).allowUnauthenticatedIdentities(true));
        }
        String existing = IdentityExamples.ridersPool(identity, new PoolAndClient(userPool.userPoolId(),
                userPool.clientId(), null));

        String id = provisioner.findOrCreate(IdentityPoolSpec.SITE, LocalPoolFixture.REGION, userPool, ROLE);

        assertThat(id).isEqualTo(existing);
        assertThat(identity.listIdentityPools(r -> r.maxResults(60)).nextToken()).isNotNull();
    }

    @Test
    void localRoleArnNamesTheRoleInTheLocalAccount() {
        assertThat(IdentityPoolSpec.SITE.localRoleArn()).isEqualTo("arn:aws:iam::000000000000:role/WildRydesRider");
        assertThat(IdentityPoolProvisioner.providerName("eu-west-1", "eu-west-1_Abc"))
                .isEqualTo("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc");
    }
}
