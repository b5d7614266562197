package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * CreateGroup, AdminAddUserToGroup, AdminRemoveUserFromGroup and AdminListGroupsForUser through the AWS SDK,
 * beyond AdminActionsTests (ported from pool-admin): shape checks, idempotent adds, a re-created user in no
 * group, not-found errors, and paging a user's groups.
 */
class GroupActionsTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;

    @BeforeEach
    void poolWithAnn() {
        poolId = PoolExamples.usernamePool(pool.cognito());
        inviteAnn();
    }

    @Test
    void createGroupWhenNewThenReturnsTheGroupAsGiven() {
        GroupType group = pool.cognito().createGroup(request -> request.userPoolId(poolId).groupName("riders")
                .description("People who ride").precedence(3)).group();

        assertThat(group.groupName()).isEqualTo("riders");
        assertThat(group.userPoolId()).isEqualTo(poolId);
        assertThat(group.description()).isEqualTo("People who ride");
        assertThat(group.precedence()).isEqualTo(3);
        assertThat(group.creationDate()).isEqualTo(LocalPoolFixture.START);
        assertThat(group.lastModifiedDate()).isEqualTo(LocalPoolFixture.START);
    }

    @Test
    void createGroupWhenPrecedenceNegativeOrNameHasSpacesThenValidationError() {
        assertThatThrownBy(() -> pool.cognito().createGroup(request -> request.userPoolId(poolId).groupName("riders")
                .precedence(-1)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at 'precedence' failed to satisfy constraint");
        assertThatThrownBy(() -> createGroup("night riders"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at 'groupName' failed to satisfy constraint");
    }

    @Test
    void createGroupWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> pool.cognito().createGroup(request -> request.userPoolId("ap-northeast-2_Nope12345")
                .groupName("riders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void adminAddUserToGroupWhenBothExistThenListedForTheUserAndAddingTwiceChangesNothing() {
        createGroup("riders");
        createGroup("admins");

        addAnnTo("riders");
        addAnnTo("riders");
        addAnnTo("admins");

        assertThat(annsGroups(null, null).groups()).extracting(GroupType::groupName).containsExactly("admins", "riders");
        assertThat(annsGroups(null, null).groups().get(1).userPoolId()).isEqualTo(poolId);
    }

    @Test
    void adminRemoveUserFromGroupWhenMemberThenNoLongerListed() {
        createGroup("riders");
        addAnnTo("riders");

        pool.cognito().adminRemoveUserFromGroup(request -> request.userPoolId(poolId).username("ann")
                .groupName("riders"));

        assertThat(annsGroups(null, null).groups()).isEmpty();
    }

    @Test
    void groupMembershipWhenUserDeletedAndCreatedAgainThenTheNewUserIsInNoGroup() {
        createGroup("riders");
        addAnnTo("riders");

        pool.cognito().adminDeleteUser(request -> request.userPoolId(poolId).username("ann"));
        inviteAnn();

        assertThat(annsGroups(null, null).groups()).isEmpty();
    }

    @Test
    void groupOperationsWhenGroupUnknownThenResourceNotFoundGroupNotFound() {
        assertThatThrownBy(() -> addAnnTo("nobody"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Group not found.");
        assertThatThrownBy(() -> pool.cognito().adminRemoveUserFromGroup(request -> request.userPoolId(poolId)
                .username("ann").groupName("nobody")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Group not found.");
    }

    @Test
    void groupOperationsWhenUserUnknownThenUserNotFound() {
        createGroup("riders");

        assertThatThrownBy(() -> pool.cognito().adminAddUserToGroup(request -> request.userPoolId(poolId)
                .username("bob").groupName("riders")))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageContaining("User does not exist.");
        assertThatThrownBy(() -> pool.cognito().adminRemoveUserFromGroup(request -> request.userPoolId(poolId)
                .username("bob").groupName("riders")))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> pool.cognito().adminListGroupsForUser(request -> request.userPoolId(poolId)
                .username("bob")))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageContaining("User does not exist.");
    }

    @Test
    void adminListGroupsForUserWhenMoreGroupsThanTheLimitThenNextTokenPagesThroughAllInNameOrder() {
        for (String name : List.of("e-team", "a-team", "d-team", "c-team", "b-team")) {
            createGroup(name);
            addAnnTo(name);
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            AdminListGroupsForUserResponse page = annsGroups(2, token);
            page.groups().forEach(group -> seen.add(group.groupName()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("a-team", "b-team", "c-team", "d-team", "e-team");
    }

    private void inviteAnn() {
        pool.cognito().adminCreateUser(request -> request.userPoolId(poolId).username("ann")
                .temporaryPassword(PoolExamples.PASSWORD).messageAction(MessageActionType.SUPPRESS));
    }

    private void createGroup(String name) {
        pool.cognito().createGroup(request -> request.userPoolId(poolId).groupName(name));
    }

    private void addAnnTo(String group) {
        pool.cognito().adminAddUserToGroup(request -> request.userPoolId(poolId).username("ann").groupName(group));
    }

    private AdminListGroupsForUserResponse annsGroups(Integer limit, String token) {
        return pool.cognito().adminListGroupsForUser(request -> request.userPoolId(poolId).username("ann")
                .limit(limit).nextToken(token));
    }
}
