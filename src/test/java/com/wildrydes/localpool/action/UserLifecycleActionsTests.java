package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * AdminDisableUser, AdminEnableUser, AdminDeleteUser, AdminRemoveUserFromGroup and the configured admins, through the
 * AWS SDK, with what GetUser then answers for the user's earlier access token.
 */
class UserLifecycleActionsTests {

    static final String EMAIL = "ann@example.com";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void seed() {
        seed = PoolExamples.seed(pool.cognito());
        signUpAndConfirm(EMAIL);
    }

    @Test
    void adminDisableUserThenSignInRefusedAndTokensStopUntilEnabledAgain() {
        String accessToken = signIn();

        pool.cognito().adminDisableUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));

        assertThatThrownBy(this::signIn).isInstanceOf(NotAuthorizedException.class).hasMessageContaining("User is disabled.");
        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(accessToken)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(pool.cognito().adminGetUser(r -> r.userPoolId(seed.poolId()).username(EMAIL)).enabled()).isFalse();
        pool.cognito().adminEnableUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));
        assertThat(signIn()).isNotBlank();
    }

    @Test
    void getUserWhenUserDisabledSinceSignInThenNotAuthorizedUserIsDisabled() {
        String accessToken = signIn();

        pool.cognito().adminDisableUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));

        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(accessToken)))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("User is disabled.");
    }

    @Test
    void getUserWhenUserDeletedSinceSignInThenUserNotFound() {
        String accessToken = signIn();

        pool.cognito().adminDeleteUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));

        assertThatThrownBy(() -> pool.cognito().getUser(r -> r.accessToken(accessToken)))
                .isInstanceOf(UserNotFoundException.class).hasMessageContaining("User does not exist.");
    }

    @Test
    void adminDisableUserWhenUnknownThenUserNotFound() {
        assertThatThrownBy(() -> pool.cognito().adminDisableUser(r -> r.userPoolId(seed.poolId()).username("x@example.com")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void adminRemoveUserFromGroupThenNoLongerListed() {
        pool.cognito().createGroup(r -> r.userPoolId(seed.poolId()).groupName("riders"));
        pool.cognito().adminAddUserToGroup(r -> r.userPoolId(seed.poolId()).username(EMAIL).groupName("riders"));

        pool.cognito().adminRemoveUserFromGroup(r -> r.userPoolId(seed.poolId()).username(EMAIL).groupName("riders"));

        assertThat(pool.cognito().adminListGroupsForUser(r -> r.userPoolId(seed.poolId()).username(EMAIL)).groups())
                .isEmpty();
    }

    @Test
    void confirmSignUpWhenEmailIsAConfiguredAdminThenJoinsTheAdminsGroupOthersDoNot() {
        signUpAndConfirm(LocalPoolFixture.ADMIN_EMAIL);

        assertThat(pool.cognito().adminListGroupsForUser(r -> r.userPoolId(seed.poolId())
                .username(LocalPoolFixture.ADMIN_EMAIL)).groups()).extracting(GroupType::groupName).containsExactly("admins");
        assertThat(pool.cognito().adminListGroupsForUser(r -> r.userPoolId(seed.poolId()).username(EMAIL)).groups())
                .isEmpty();
    }

    private void signUpAndConfirm(String email) {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username(email).password(PoolExamples.PASSWORD));
        pool.cognito().confirmSignUp(r -> r.clientId(seed.clientId()).username(email)
                .confirmationCode(pool.lastCodeSentTo(email)));
    }

    private String signIn() {
        return pool.cognito().initiateAuth(r -> r.clientId(seed.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PoolExamples.PASSWORD))).authenticationResult()
                .accessToken();
    }
}
