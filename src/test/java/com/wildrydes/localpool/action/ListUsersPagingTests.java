package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * ListUsers through the AWS SDK, beyond ListUsersActionTests (ported from pool-admin): the default page of 60
 * and the site's page of 25 over 61 users, the members of each listed user, and the remaining refusals.
 */
class ListUsersPagingTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;

    @BeforeEach
    void createPool() {
        poolId = PoolExamples.usernamePool(pool.cognito());
    }

    @Test
    void listUsersWhenSixtyOneUsersThenPagesOfSixtyOrTwentyFiveCoverEveryUserOnceInUsernameOrder() {
        List<String> riders = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            riders.add(invite(String.format("rider-%03d", i)));
        }

        List<List<String>> byDefault = pages(null);
        List<List<String>> byTwentyFive = pages(25);

        assertThat(byDefault).extracting(List::size).containsExactly(60, 1);
        assertThat(byDefault.stream().flatMap(List::stream)).containsExactlyElementsOf(riders);
        assertThat(byTwentyFive).extracting(List::size).containsExactly(25, 25, 11);
        assertThat(byTwentyFive.stream().flatMap(List::stream)).containsExactlyElementsOf(riders);
    }

    @Test
    void listUsersWhenUsersExistThenEachCarriesCognitosUserTypeMembers() {
        invite("ann", AttributeType.builder().name("email").value("ann@example.com").build());

        UserType ann = list(request -> { }).users().get(0);

        assertThat(ann.username()).isEqualTo("ann");
        assertThat(ann.enabled()).isTrue();
        assertThat(ann.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(ann.userCreateDate()).isEqualTo(LocalPoolFixture.START);
        assertThat(ann.userLastModifiedDate()).isEqualTo(LocalPoolFixture.START);
        Map<String, String> attributes = ann.attributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
        assertThat(attributes).containsEntry("email", "ann@example.com").containsEntry("email_verified", "false")
                .containsKey("sub");
    }

    @Test
    void listUsersWhenLimitZeroThenValidationError() {
        assertThatThrownBy(() -> list(request -> request.limit(0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Value '0' at 'limit' failed to satisfy constraint");
    }

    @Test
    void listUsersWhenPaginationTokenIsNotOursThenInvalidParameter() {
        assertThatThrownBy(() -> list(request -> request.paginationToken("not*a*token")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid pagination token");
    }

    @Test
    void listUsersWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> pool.cognito().listUsers(request -> request.userPoolId("ap-northeast-2_Nope12345")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /** An invited user (no invitation sent); returns the stored username. */
    private String invite(String username, AttributeType... attributes) {
        return pool.cognito().adminCreateUser(request -> request.userPoolId(poolId).username(username)
                .userAttributes(attributes).temporaryPassword(PoolExamples.PASSWORD)
                .messageAction(MessageActionType.SUPPRESS)).user().username();
    }

    private ListUsersResponse list(Consumer<ListUsersRequest.Builder> options) {
        return pool.cognito().listUsers(request -> options.accept(request.userPoolId(poolId)));
    }

    /** The usernames of every page, following PaginationToken until there is none. */
    private List<List<String>> pages(Integer limit) {
        List<List<String>> pages = new ArrayList<>();
        String token = null;
        do {
            String after = token;
            ListUsersResponse page = list(request -> request.limit(limit).paginationToken(after));
            pages.add(page.users().stream().map(UserType::username).toList());
            token = page.paginationToken();
        } while (token != null);
        return pages;
    }
}
