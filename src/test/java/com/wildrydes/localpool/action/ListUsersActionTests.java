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
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** ListUsers: filters, escapes and pagination, through the AWS SDK. */
class ListUsersActionTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String poolId;

    @BeforeEach
    void users() {
        poolId = PoolExamples.usernamePool(pool.cognito());
        for (String name : List.of("ann", "anna", "bob", "quote\"d", "back\\slash")) {
            pool.cognito().adminCreateUser(r -> r.userPoolId(poolId).username(name).messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(a -> a.name("email").value(name.replaceAll("\\W", "") + "@Example.com")));
        }
    }

    @Test
    void listUsersWhenEmailPrefixFilterThenOnlyMatchingUsersIgnoringCase() {
        assertThat(list("email ^= \"ANN\"")).extracting(UserType::username).containsExactly("ann", "anna");
    }

    @Test
    void listUsersWhenExactEmailFilterThenOnlyThatUser() {
        assertThat(list("email = \"bob@example.com\"")).extracting(UserType::username).containsExactly("bob");
    }

    @Test
    void listUsersWhenValueHasEscapedQuotesAndBackslashesThenMatchesThem() {
        assertThat(list("username = \"quote\\\"d\"")).extracting(UserType::username).containsExactly("quote\"d");
        assertThat(list("username = \"back\\\\slash\"")).extracting(UserType::username).containsExactly("back\\slash");
    }

    @Test
    void listUsersWhenFilterMalformedThenInvalidParameter() {
        assertThatThrownBy(() -> list("email ~ ann")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void listUsersWhenLimitTwoThenPagesCoverEveryUserOnce() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            var page = pool.cognito().listUsers(r -> r.userPoolId(poolId).limit(2).paginationToken(current));
            page.users().forEach(user -> seen.add(user.username()));
            assertThat(page.users()).hasSizeLessThanOrEqualTo(2);
            token = page.paginationToken();
        } while (token != null);

        assertThat(seen).containsExactly("ann", "anna", "back\\slash", "bob", "quote\"d");
    }

    @Test
    void listUsersWhenLimitAboveSixtyThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().listUsers(r -> r.userPoolId(poolId).limit(61)))
                .isInstanceOf(InvalidParameterException.class);
    }

    private List<UserType> list(String filter) {
        return pool.cognito().listUsers(r -> r.userPoolId(poolId).filter(filter)).users();
    }
}
