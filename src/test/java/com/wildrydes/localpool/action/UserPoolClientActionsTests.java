package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** CreateUserPoolClient, DescribeUserPoolClient, ListUserPoolClients through the AWS SDK. */
class UserPoolClientActionsTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void createUserPoolClientWhenSeedSettingsThenNoSecretAndTheFlowsAsGiven() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserPoolClientType client = pool.cognito().createUserPoolClient(request -> request.userPoolId(poolId)
                .clientName("WildRydesWebApp")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient();

        assertThat(client.clientId()).matches("[a-z0-9]{26}");
        assertThat(client.clientSecret()).isNull();
        assertThat(client.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        assertThat(client.accessTokenValidity()).isEqualTo(60);
        assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(client.refreshTokenValidity()).isEqualTo(30);
    }

    @Test
    void createUserPoolClientWhenGenerateSecretThenDescribeReturnsTheSameSecret() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserPoolClientType created = pool.cognito().createUserPoolClient(request -> request.userPoolId(poolId)
                .clientName("Server").generateSecret(true)).userPoolClient();
        UserPoolClientType described = pool.cognito().describeUserPoolClient(request -> request.userPoolId(poolId)
                .clientId(created.clientId())).userPoolClient();

        assertThat(created.clientSecret()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(described.clientSecret()).isEqualTo(created.clientSecret());
    }

    @Test
    void createUserPoolClientWhenValidityInSecondsThenKeptAsGiven() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserPoolClientType client = pool.cognito().createUserPoolClient(request -> request.userPoolId(poolId)
                .clientName("Short").accessTokenValidity(5).idTokenValidity(5).refreshTokenValidity(30)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.SECONDS).idToken(TimeUnitsType.SECONDS)
                        .refreshToken(TimeUnitsType.SECONDS))).userPoolClient();

        assertThat(client.accessTokenValidity()).isEqualTo(5);
        assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.SECONDS);
    }

    @Test
    void createUserPoolClientWhenLegacyAndNewFlowsMixedThenInvalidParameter() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        assertThatThrownBy(() -> pool.cognito().createUserPoolClient(request -> request.userPoolId(poolId)
                .clientName("Mixed").explicitAuthFlows(ExplicitAuthFlowsType.USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void createUserPoolClientWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> pool.cognito().createUserPoolClient(request -> request
                .userPoolId("ap-northeast-2_missing12").clientName("X")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void describeUserPoolClientWhenClientBelongsToAnotherPoolThenResourceNotFound() {
        String poolId = PoolExamples.emailPool(pool.cognito());
        String otherPoolId = PoolExamples.emailPool(pool.cognito());
        String clientId = PoolExamples.webApp(pool.cognito(), poolId).clientId();

        assertThatThrownBy(() -> pool.cognito().describeUserPoolClient(request -> request.userPoolId(otherPoolId)
                .clientId(clientId)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("User pool client " + clientId + " does not exist.");
    }

    @Test
    void listUserPoolClientsWhenTwoPagesThenAllClientsOnceWithoutSecrets() {
        String poolId = PoolExamples.emailPool(pool.cognito());
        String first = PoolExamples.webApp(pool.cognito(), poolId).clientId();
        String second = PoolExamples.clientWithSecret(pool.cognito(), poolId).clientId();

        var page1 = pool.cognito().listUserPoolClients(request -> request.userPoolId(poolId).maxResults(1));
        var page2 = pool.cognito().listUserPoolClients(request -> request.userPoolId(poolId).maxResults(1)
                .nextToken(page1.nextToken()));

        assertThat(page1.userPoolClients()).extracting(c -> c.clientId()).containsExactly(first);
        assertThat(page2.userPoolClients()).extracting(c -> c.clientId()).containsExactly(second);
        assertThat(page2.nextToken()).isNull();
    }
}
