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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * AdminConfirmSignUp, AdminDeleteUser, AdminDisableUser and AdminEnableUser through the AWS SDK, beyond
 * AdminActionsTests and UserLifecycleActionsTests (ported from pool-admin): what confirming without the code
 * leaves behind, Cognito's messages, and that a disabled user stays disabled across a restart.
 */
class AdminUserStateActionsTests {

    static final String ANN = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void signUpAnn() {
        seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(request -> request.clientId(seed.clientId()).username(ANN)
                .password(PoolExamples.PASSWORD));
    }

    @Test
    void adminConfirmSignUpWhenUnconfirmedThenEmailStillUnverifiedAndTheEmailedCodeNoLongerConfirms() {
        String code = pool.lastCodeSentTo(ANN);

        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(ANN));

        assertThat(getAnn().userAttributes()).anySatisfy(attribute -> {
            assertThat(attribute.name()).isEqualTo("email_verified");
            assertThat(attribute.value()).isEqualTo("false");
        });
        assertThatThrownBy(() -> pool.cognito().confirmSignUp(request -> request.clientId(seed.clientId())
                .username(ANN).confirmationCode(code)))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void adminConfirmSignUpWhenAlreadyConfirmedThenNotAuthorizedNamingTheStatus() {
        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(ANN));

        assertThatThrownBy(() -> pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId())
                .username(ANN)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("User cannot be confirmed. Current status is CONFIRMED");
    }

    @Test
    void adminConfirmSignUpWhenEmailIsAConfiguredAdminThenJoinsTheExistingAdminsGroup() {
        pool.cognito().createGroup(request -> request.userPoolId(seed.poolId()).groupName("admins")
                .description("Made by hand"));
        String boss = LocalPoolFixture.ADMIN_EMAIL;
        pool.cognito().signUp(request -> request.clientId(seed.clientId()).username(boss)
                .password(PoolExamples.PASSWORD));

        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(boss));
        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(ANN));

        assertThat(pool.cognito().adminListGroupsForUser(request -> request.userPoolId(seed.poolId()).username(boss))
                .groups()).singleElement().satisfies(group -> assertThat(group.description()).isEqualTo("Made by hand"));
        assertThat(pool.cognito().adminListGroupsForUser(request -> request.userPoolId(seed.poolId()).username(ANN))
                .groups()).isEmpty();
    }

    @Test
    void adminOperationsWhenUserUnknownThenUserNotFoundWithCognitosMessage() {
        String poolId = seed.poolId();
        String bob = "bob@example.com";

        assertThatThrownBy(() -> pool.cognito().adminConfirmSignUp(r -> r.userPoolId(poolId).username(bob)))
                .isInstanceOf(UserNotFoundException.class).hasMessageContaining("User does not exist.");
        assertThatThrownBy(() -> pool.cognito().adminDeleteUser(r -> r.userPoolId(poolId).username(bob)))
                .isInstanceOf(UserNotFoundException.class).hasMessageContaining("User does not exist.");
        assertThatThrownBy(() -> pool.cognito().adminEnableUser(r -> r.userPoolId(poolId).username(bob)))
                .isInstanceOf(UserNotFoundException.class).hasMessageContaining("User does not exist.");
    }

    @Test
    void adminOperationsWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> pool.cognito().adminDeleteUser(r -> r.userPoolId("ap-northeast-2_Nope12345")
                .username(ANN)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void adminDisableUserThenLastModifiedMovesAndPasswordSignInSaysUserIsDisabled() {
        pool.cognito().adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(ANN));
        pool.advance(Duration.ofMinutes(5));

        pool.cognito().adminDisableUser(request -> request.userPoolId(seed.poolId()).username(ANN));

        AdminGetUserResponse ann = getAnn();
        assertThat(ann.enabled()).isFalse();
        assertThat(ann.userLastModifiedDate()).isEqualTo(LocalPoolFixture.START.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> pool.cognito().initiateAuth(request -> request.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", ANN, "PASSWORD", PoolExamples.PASSWORD))))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("User is disabled.");
    }

    @Test
    void adminDisableUserWhenPoolRestartedThenStillDisabled() {
        pool.cognito().adminDisableUser(request -> request.userPoolId(seed.poolId()).username(ANN));

        pool.restart();

        assertThat(getAnn().enabled()).isFalse();
    }

    private AdminGetUserResponse getAnn() {
        return pool.cognito().adminGetUser(request -> request.userPoolId(seed.poolId()).username(ANN));
    }
}
