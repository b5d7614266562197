package com.wildrydes.localpool.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.IdentityExamples;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** CreateIdentityPool, DescribeIdentityPool, ListIdentityPools and the roles, through the AWS SDK, signed. */
class IdentityPoolActionsTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    CognitoIdentityClient identity;
    PoolAndClient seed;

    @BeforeEach
    void userPool() {
        identity = IdentityExamples.identityClient(pool);
        seed = PoolExamples.seed(pool.cognito());
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void createIdentityPoolThenDescribeShowsItsProvidersUnderARegionalId() {
        String id = IdentityExamples.ridersPool(identity, seed);

        DescribeIdentityPoolResponse described = identity.describeIdentityPool(r -> r.identityPoolId(id));

        assertThat(id).matches(LocalPoolFixture.REGION + ":[0-9a-f-]{36}");
        assertThat(described.identityPoolName()).isEqualTo("WildRydesRiders");
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.cognitoIdentityProviders()).singleElement().satisfies(provider -> {
            assertThat(provider.providerName()).isEqualTo(IdentityExamples.providerName(seed.poolId()));
            assertThat(provider.clientId()).isEqualTo(seed.clientId());
        });
    }

    @Test
    void setIdentityPoolRolesThenGetIdentityPoolRolesAnswersThem() {
        String id = IdentityExamples.ridersPool(identity, seed);

        assertThat(identity.getIdentityPoolRoles(r -> r.identityPoolId(id)).roles())
                .isEqualTo(Map.of("authenticated", IdentityExamples.AUTHENTICATED_ROLE));
    }

    @Test
    void updateIdentityPoolReplacesEverySettingItIsGivenAndDropsTheRest() {
        String id = identity.createIdentityPool(r -> r.identityPoolName("WildRydesRiders")
                .allowUnauthenticatedIdentities(true).developerProviderName("login.wildrydes")).identityPoolId();

        identity.updateIdentityPool(r -> r.identityPoolId(id).identityPoolName("Riders")
                .allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(IdentityExamples.providerName(seed.poolId()))
                        .clientId(seed.clientId())));

        DescribeIdentityPoolResponse described = identity.describeIdentityPool(r -> r.identityPoolId(id));
        assertThat(described.identityPoolName()).isEqualTo("Riders");
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.developerProviderName()).isNull();
        assertThat(described.cognitoIdentityProviders()).extracting(p -> p.clientId()).containsExactly(seed.clientId());
    }

    @Test
    void updateIdentityPoolWhenUnknownOrInvalidThenRefusedAndNothingChanges() {
        String id = IdentityExamples.ridersPool(identity, seed);
        String unknown = LocalPoolFixture.REGION + ":00000000-0000-0000-0000-000000000000";

        assertThatThrownBy(() -> identity.updateIdentityPool(r -> r.identityPoolId(unknown).identityPoolName("Riders")
                .allowUnauthenticatedIdentities(false))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> identity.updateIdentityPool(r -> r.identityPoolId(id).identityPoolName("Riders")
                .allowUnauthenticatedIdentities(false).cognitoIdentityProviders(p -> p.providerName("bad name!")
                        .clientId(seed.clientId())))).isInstanceOf(InvalidParameterException.class);
        assertThat(identity.describeIdentityPool(r -> r.identityPoolId(id)).identityPoolName())
                .isEqualTo("WildRydesRiders");
    }

    @Test
    void setIdentityPoolRolesWhenNotARoleArnThenInvalidParameter() {
        String id = IdentityExamples.ridersPool(identity, seed);

        assertThatThrownBy(() -> identity.setIdentityPoolRoles(r -> r.identityPoolId(id)
                .roles(Map.of("authenticated", "arn:aws:s3:::a-bucket-not-a-role"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> identity.setIdentityPoolRoles(r -> r.identityPoolId(id)
                .roles(Map.of("admin", IdentityExamples.AUTHENTICATED_ROLE))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void createIdentityPoolWhenNameHasForbiddenCharactersThenInvalidParameter() {
        assertThatThrownBy(() -> identity.createIdentityPool(r -> r.identityPoolName("riders<script>")
                .allowUnauthenticatedIdentities(false)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("identityPoolName");
    }

    @Test
    void describeIdentityPoolWhenUnknownThenResourceNotFound() {
        String unknown = LocalPoolFixture.REGION + ":00000000-0000-0000-0000-000000000000";

        assertThatThrownBy(() -> identity.describeIdentityPool(r -> r.identityPoolId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("IdentityPool '" + unknown + "' not found.");
        assertThatThrownBy(() -> identity.getIdentityPoolRoles(r -> r.identityPoolId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listIdentityPoolsPagesThroughEveryPoolInCreationOrder() {
        for (String name : new String[] {"First", "Second", "Third"}) {
            identity.createIdentityPool(r -> r.identityPoolName(name).allowUnauthenticatedIdentities(true));
        }

        var firstPage = identity.listIdentityPools(r -> r.maxResults(2));
        var secondPage = identity.listIdentityPools(r -> r.maxResults(2).nextToken(firstPage.nextToken()));

        assertThat(firstPage.identityPools()).extracting(IdentityPoolShortDescription::identityPoolName)
                .containsExactly("First", "Second");
        assertThat(secondPage.identityPools()).extracting(IdentityPoolShortDescription::identityPoolName)
                .containsExactly("Third");
        assertThat(secondPage.nextToken()).isNull();
    }

    @Test
    void managementCallWhenUnsignedThenMissingAuthenticationTokenAndNoPoolIsMade() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pool.endpoint()))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService.CreateIdentityPool")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"IdentityPoolName\":\"Sneaky\",\"AllowUnauthenticatedIdentities\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"__type\":\"MissingAuthenticationTokenException\"");
        assertThat(identity.listIdentityPools(r -> r.maxResults(10)).identityPools()).isEmpty();
    }

    @Test
    void managementCallsWhenSignedWithAnUnknownKeyThenRefused() {
        try (CognitoIdentityClient stranger = CognitoIdentityClient.builder()
                .endpointOverride(URI.create(pool.endpoint())).region(Region.of(LocalPoolFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIASTRANGER00000000", "not-the-pools-secret")))
                .build()) {
            assertThatThrownBy(() -> stranger.createIdentityPool(r -> r.identityPoolName("Sneaky")
                    .allowUnauthenticatedIdentities(true)))
                    .isInstanceOfSatisfying(CognitoIdentityException.class, e -> assertThat(
                            e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
            assertThatThrownBy(() -> stranger.listIdentityPools(r -> r.maxResults(10)))
                    .isInstanceOf(CognitoIdentityException.class);
        }
        assertThat(identity.listIdentityPools(r -> r.maxResults(10)).identityPools()).isEmpty();
    }
}
