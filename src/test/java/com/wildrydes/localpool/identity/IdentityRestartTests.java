package com.wildrydes.localpool.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** What a restart of the local pool keeps of Cognito Identity (pools, roles, identity ids) and what it drops. */
class IdentityRestartTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    CognitoIdentityClient identity;
    PoolAndClient seed;
    String identityPoolId;

    @BeforeEach
    void ridersPool() {
        identity = IdentityExamples.identityClient(pool);
        seed = PoolExamples.seed(pool.cognito());
        identityPoolId = IdentityExamples.ridersPool(identity, seed);
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void restartKeepsThePoolItsClientsAndItsRolesAsDescribed() {
        DescribeIdentityPoolResponse before = identity.describeIdentityPool(r -> r.identityPoolId(identityPoolId));

        pool.restart();

        // every field as the SDK shows it (the responses themselves differ in their request ids)
        assertThat(identity.describeIdentityPool(r -> r.identityPoolId(identityPoolId)).toString())
                .isEqualTo(before.toString()).contains(seed.clientId());
        assertThat(identity.getIdentityPoolRoles(r -> r.identityPoolId(identityPoolId)).roles())
                .isEqualTo(Map.of("authenticated", IdentityExamples.AUTHENTICATED_ROLE));
    }

    @Test
    void restartKeepsEveryRidersIdentityIdAndTheyGetCredentialsAfterIt() {
        Map<String, String> ann = logins(IdentityExamples.idTokenOf(pool, seed, "ann@example.com"));
        Map<String, String> bob = logins(IdentityExamples.idTokenOf(pool, seed, "bob@example.com"));
        String annId = getId(ann);
        String bobId = getId(bob);

        pool.restart();

        assertThat(getId(ann)).isEqualTo(annId);
        assertThat(getId(bob)).isEqualTo(bobId).isNotEqualTo(annId);
        assertThat(identity.getCredentialsForIdentity(r -> r.identityId(annId).logins(ann)).identityId())
                .isEqualTo(annId);
        assertThatThrownBy(() -> identity.getCredentialsForIdentity(r -> r.identityId(annId).logins(bob)))
                .as("the stored identity still belongs to ann alone").hasMessageContaining("Logins don't match");
    }

    @Test
    void restartKeepsTheOrderOfTheListAfterARoleChange() {
        String later = identity.createIdentityPool(r -> r.identityPoolName("Later")
                .allowUnauthenticatedIdentities(true)).identityPoolId();
        identity.setIdentityPoolRoles(r -> r.identityPoolId(identityPoolId)
                .roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Changed")));

        pool.restart();

        assertThat(identity.listIdentityPools(r -> r.maxResults(60)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolId).containsExactly(identityPoolId, later);
    }

    @Test
    void restartForgetsIssuedCredentialsSoStsRefusesThemAsUnknown() {
        Map<String, String> ann = logins(IdentityExamples.idTokenOf(pool, seed, "ann@example.com"));
        String annId = getId(ann);
        Credentials credentials = identity.getCredentialsForIdentity(r -> r.identityId(annId).logins(ann))
                .credentials();

        pool.restart();

        try (StsClient sts = IdentityExamples.stsWith(pool, credentials)) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    private String getId(Map<String, String> logins) {
        return identity.getId(r -> r.identityPoolId(identityPoolId).logins(logins)).identityId();
    }

    private Map<String, String> logins(String idToken) {
        return Map.of(IdentityExamples.providerName(seed.poolId()), idToken);
    }
}
