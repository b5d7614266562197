package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** AdminCreateUser (and its NEW_PASSWORD_REQUIRED sign-in), AdminConfirmSignUp, AdminDeleteUser and groups. */
class AdminActionsTests {

    static final String EMAIL = "admin@example.com";
    static final String TEMPORARY = "Temporary-Pass1";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    PoolAndClient seed;

    @BeforeEach
    void seed() {
        seed = PoolExamples.seed(pool.cognito());
    }

    @Test
    void adminCreateUserThenFirstSignInRequiresANewPasswordAndThenGivesTokens() {
        var created = createUser();
        assertThat(created.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

        var challenge = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", TEMPORARY)));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        var tokens = pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "NEW_PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult();

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(status(EMAIL)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void adminCreateUserWhenEmailTakenThenUsernameExists() {
        createUser();

        assertThatThrownBy(this::createUser).isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void adminConfirmSignUpThenConfirmedAndAgainNotAuthorized() {
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("ann@example.com").password(PoolExamples.PASSWORD));

        pool.cognito().adminConfirmSignUp(r -> r.userPoolId(seed.poolId()).username("ann@example.com"));

        assertThat(status("ann@example.com")).isEqualTo(UserStatusType.CONFIRMED);
        assertThatThrownBy(() -> pool.cognito().adminConfirmSignUp(r -> r.userPoolId(seed.poolId())
                .username("ann@example.com"))).isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void adminDeleteUserThenGoneAndTheEmailFreeAgain() {
        createUser();

        pool.cognito().adminDeleteUser(r -> r.userPoolId(seed.poolId()).username(EMAIL));

        assertThatThrownBy(() -> status(EMAIL)).isInstanceOf(UserNotFoundException.class)
                .hasMessageContaining("User does not exist.");
        assertThat(createUser().username()).isNotBlank();
    }

    @Test
    void groupsThenListedForTheUserAndCarriedInTheirTokens() throws Exception {
        var user = createUser();
        pool.cognito().createGroup(r -> r.userPoolId(seed.poolId()).groupName("admin").description("Runs the site"));

        pool.cognito().adminAddUserToGroup(r -> r.userPoolId(seed.poolId()).username(EMAIL).groupName("admin"));

        assertThat(pool.cognito().adminListGroupsForUser(r -> r.userPoolId(seed.poolId()).username(user.username()))
                .groups()).extracting(g -> g.groupName()).containsExactly("admin");
        var challenge = pool.cognito().initiateAuth(r -> r.clientId(seed.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", TEMPORARY)));
        String idToken = pool.cognito().respondToAuthChallenge(r -> r.clientId(seed.clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", EMAIL, "NEW_PASSWORD", PoolExamples.PASSWORD)))
                .authenticationResult().idToken();
        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getStringListClaim("cognito:groups")).containsExactly("admin");
    }

    @Test
    void createGroupWhenNameTakenThenGroupExists() {
        pool.cognito().createGroup(r -> r.userPoolId(seed.poolId()).groupName("admin"));

        assertThatThrownBy(() -> pool.cognito().createGroup(r -> r.userPoolId(seed.poolId()).groupName("admin")))
                .isInstanceOf(GroupExistsException.class);
    }

    @Test
    void adminAddUserToGroupWhenGroupMissingThenResourceNotFound() {
        createUser();

        assertThatThrownBy(() -> pool.cognito().adminAddUserToGroup(r -> r.userPoolId(seed.poolId()).username(EMAIL)
                .groupName("nope"))).isInstanceOf(ResourceNotFoundException.class);
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.UserType createUser() {
        return pool.cognito().adminCreateUser(r -> r.userPoolId(seed.poolId()).username(EMAIL)
                .temporaryPassword(TEMPORARY).messageAction(MessageActionType.SUPPRESS)).user();
    }

    private UserStatusType status(String username) {
        return pool.cognito().adminGetUser(r -> r.userPoolId(seed.poolId()).username(username)).userStatus();
    }
}
