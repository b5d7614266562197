package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** UpdateUserPoolClient through the AWS SDK: replaces the client's settings, keeps its id and secret. */
class UpdateUserPoolClientActionTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void seed() {
        seed = PoolExamples.seed(pool.cognito());
    }

    @Test
    void updateUserPoolClientWhenValidityInSecondsThenNewTokensExpireInThoseSeconds() {
        pool.cognito().updateUserPoolClient(request -> request.userPoolId(seed.poolId()).clientId(seed.clientId())
                .accessTokenValidity(3).idTokenValidity(3)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.SECONDS).idToken(TimeUnitsType.SECONDS))
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH));
        signUpAndConfirm();

        var tokens = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD))).authenticationResult();

        assertThat(tokens.expiresIn()).isEqualTo(3);
    }

    @Test
    void updateUserPoolClientWhenSettingsLeftOutThenDefaultsAndTheSameIdNameAndSecret() {
        PoolAndClient server = PoolExamples.clientWithSecret(pool.cognito(), seed.poolId());
        pool.advance(Duration.ofMinutes(5));

        UserPoolClientType updated = pool.cognito().updateUserPoolClient(request -> request
                .userPoolId(server.poolId()).clientId(server.clientId()).accessTokenValidity(2)).userPoolClient();
        UserPoolClientType described = pool.cognito().describeUserPoolClient(request -> request
                .userPoolId(server.poolId()).clientId(server.clientId())).userPoolClient();

        assertThat(described.clientId()).isEqualTo(server.clientId());
        assertThat(described.clientName()).isEqualTo("Server");
        assertThat(described.clientSecret()).isEqualTo(server.clientSecret());
        assertThat(described.accessTokenValidity()).isEqualTo(2);
        assertThat(described.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.HOURS);
        assertThat(described.idTokenValidity()).isEqualTo(60);
        assertThat(described.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
        assertThat(updated.lastModifiedDate()).isAfter(updated.creationDate());
    }

    @Test
    void updateUserPoolClientWhenValidityBelowOneSecondThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().updateUserPoolClient(request -> request.userPoolId(seed.poolId())
                .clientId(seed.clientId()).accessTokenValidity(0)
                .tokenValidityUnits(units -> units.accessToken(TimeUnitsType.SECONDS))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void updateUserPoolClientWhenClientOfAnotherPoolThenResourceNotFound() {
        String otherPoolId = PoolExamples.emailPool(pool.cognito());

        assertThatThrownBy(() -> pool.cognito().updateUserPoolClient(request -> request.userPoolId(otherPoolId)
                .clientId(seed.clientId()).accessTokenValidity(1)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("User pool client " + seed.clientId() + " does not exist.");
    }

    private void signUpAndConfirm() {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(EMAIL).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(EMAIL)
                .confirmationCode(pool.lastCodeSentTo(EMAIL)));
    }
}
