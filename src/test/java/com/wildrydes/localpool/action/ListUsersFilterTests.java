package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * ListUsers' Filter through the AWS SDK, beyond ListUsersActionTests: escapes in prefixes, status and sub
 * filters, case rules, paging a filtered list, and the ways a filter can be malformed.
 */
class ListUsersFilterTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;

    @BeforeEach
    void createPool() {
        poolId = PoolExamples.usernamePool(pool.cognito());
    }

    @Test
    void listUsersWhenPrefixFilterOnEmailThenMatchesRegardlessOfCase() {
        invite("ann", attribute("email", "Ann.Lee@example.com"));
        invite("bob", attribute("email", "bob@example.com"));

        assertThat(usernamesMatching("email ^= \"ann.\"")).containsExactly("ann");
        assertThat(usernamesMatching("email = \"ANN.LEE@EXAMPLE.COM\"")).containsExactly("ann");
        assertThat(usernamesMatching("email = \"ann.lee@example\"")).isEmpty();
    }

    @Test
    void listUsersWhenUsernameFilterThenExactAndPrefixAreCaseSensitive() {
        riders(3);
        invite("rover");

        assertThat(usernamesMatching("username ^= \"rider-\"")).containsExactly("rider-000", "rider-001", "rider-002");
        assertThat(usernamesMatching("username=\"rover\"")).containsExactly("rover");
        assertThat(usernamesMatching("username = \"ROVER\"")).isEmpty();
    }

    @Test
    void listUsersWhenValueHoldsEscapedQuoteAndBackslashThenMatchesTheLiteralName() {
        invite("conor", attribute("name", "O\"Brien\\x"));
        invite("olive", attribute("name", "O Brien"));

        assertThat(usernamesMatching("name = \"O\\\"Brien\\\\x\"")).containsExactly("conor");
        assertThat(usernamesMatching("name ^= \"O\\\"\"")).containsExactly("conor");
        assertThat(usernamesMatching("name ^= \"O\"")).containsExactly("conor", "olive");
    }

    @Test
    void listUsersWhenStatusFiltersThenUserStatusIgnoresCaseAndEnabledStateDoesNot() {
        invite("ann");
        pool.cognito().signUp(request -> request.clientId(PoolExamples.webApp(pool.cognito(), poolId).clientId())
                .username("bob").password(PoolExamples.PASSWORD)
                .userAttributes(attribute("email", "bob@example.com")));
        pool.cognito().adminDisableUser(request -> request.userPoolId(poolId).username("ann"));

        assertThat(usernamesMatching("cognito:user_status = \"unconfirmed\"")).containsExactly("bob");
        assertThat(usernamesMatching("cognito:user_status ^= \"FORCE\"")).containsExactly("ann");
        assertThat(usernamesMatching("status = \"Disabled\"")).containsExactly("ann");
        assertThat(usernamesMatching("status = \"Enabled\"")).containsExactly("bob");
        assertThat(usernamesMatching("status = \"disabled\"")).isEmpty();
    }

    @Test
    void listUsersWhenSubFilterThenFindsThatOneUser() {
        invite("ann");
        String bobSub = pool.cognito().adminCreateUser(request -> request.userPoolId(poolId).username("bob")
                .messageAction(MessageActionType.SUPPRESS)).user().attributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();

        assertThat(usernamesMatching("sub = \"" + bobSub + "\"")).containsExactly("bob");
    }

    @Test
    void listUsersWhenFilterMatchesFewUsersThenPagesHoldOnlyMatchesAndStillPaginate() {
        riders(30);

        ListUsersResponse first = list(request -> request.filter("username ^= \"rider-01\"").limit(6));
        ListUsersResponse second = list(request -> request.filter("username ^= \"rider-01\"").limit(6)
                .paginationToken(first.paginationToken()));

        assertThat(first.users()).extracting(UserType::username)
                .containsExactly("rider-010", "rider-011", "rider-012", "rider-013", "rider-014", "rider-015");
        assertThat(second.users()).extracting(UserType::username)
                .containsExactly("rider-016", "rider-017", "rider-018", "rider-019");
        assertThat(second.paginationToken()).isNull();
    }

    @Test
    void listUsersWhenFilterEmptyThenEveryoneIsListed() {
        riders(2);

        assertThat(usernamesMatching("")).containsExactly("rider-000", "rider-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "email = ann", "email == \"ann\"", "email = \"ann", "email = \"a\"b\"",
            "custom:plan = \"gold\"", "phone = \"1\"", "email = \"a\" and name = \"b\"", "email ~= \"a\""})
    void listUsersWhenFilterMalformedThenInvalidParameterWithCognitosMessage(String filter) {
        assertThatThrownBy(() -> list(request -> request.filter(filter)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Error while parsing filter.");
    }

    @Test
    void listUsersWhenFilterLongerThan256ThenValidationError() {
        String filter = "name = \"" + "x".repeat(250) + "\"";

        assertThatThrownBy(() -> list(request -> request.filter(filter)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at 'filter' failed to satisfy constraint: Member must have length less than "
                        + "or equal to 256");
    }

    /** An invited user (no invitation sent) with these attributes. */
    private void invite(String username, AttributeType... attributes) {
        pool.cognito().adminCreateUser(request -> request.userPoolId(poolId).username(username)
                .userAttributes(attributes).temporaryPassword(PoolExamples.PASSWORD)
                .messageAction(MessageActionType.SUPPRESS));
    }

    /** {@code rider-000}, {@code rider-001}, ... */
    private void riders(int count) {
        for (int i = 0; i < count; i++) {
            invite(String.format("rider-%03d", i));
        }
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private ListUsersResponse list(Consumer<ListUsersRequest.Builder> options) {
        return pool.cognito().listUsers(request -> options.accept(request.userPoolId(poolId)));
    }

    private List<String> usernamesMatching(String filter) {
        return list(request -> request.filter(filter)).users().stream().map(UserType::username).toList();
    }
}
