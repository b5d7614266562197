package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** CreateUserPool, DescribeUserPool, ListUserPools through the AWS SDK. */
class UserPoolActionsTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void createUserPoolWhenSeedSettingsThenIdLooksLikeCognitosAndDefaultsAreReported() {
        UserPoolType created = pool.cognito().createUserPool(request -> request.poolName("WildRydes")
                .usernameAttributes(UsernameAttributeType.EMAIL)).userPool();

        assertThat(created.id()).matches("ap-northeast-2_[0-9A-Za-z]{9}");
        assertThat(created.name()).isEqualTo("WildRydes");
        assertThat(created.usernameAttributes()).containsExactly(UsernameAttributeType.EMAIL);
        assertThat(created.policies().passwordPolicy().minimumLength()).isEqualTo(8);
        assertThat(created.policies().passwordPolicy().requireSymbols()).isTrue();
        assertThat(created.creationDate()).isEqualTo(LocalPoolFixture.START);
    }

    @Test
    void createUserPoolWhenPoolNameMissingThenInvalidParameterNamesTheMember() {
        assertThatThrownBy(() -> pool.cognito().createUserPool(request -> request.autoVerifiedAttributesWithStrings("email")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("1 validation error detected: Value null at 'poolName' failed to satisfy "
                        + "constraint: Member must not be null");
    }

    @Test
    void createUserPoolWhenBothUsernameAndAliasAttributesThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().createUserPool(request -> request.poolName("P")
                .usernameAttributesWithStrings("email").aliasAttributesWithStrings("email")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void describeUserPoolWhenItExistsThenReturnsItWithItsUserCount() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserPoolType described = pool.cognito().describeUserPool(request -> request.userPoolId(poolId)).userPool();

        assertThat(described.id()).isEqualTo(poolId);
        assertThat(described.estimatedNumberOfUsers()).isZero();
        assertThat(described.schemaAttributes()).extracting(a -> a.name()).contains("sub", "email", "email_verified");
    }

    @Test
    void describeUserPoolWhenUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> pool.cognito().describeUserPool(request -> request.userPoolId("ap-northeast-2_nope12345")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("User pool ap-northeast-2_nope12345 does not exist.");
    }

    @Test
    void listUserPoolsWhenMoreThanMaxResultsThenPagesWithNextToken() {
        String first = PoolExamples.emailPool(pool.cognito());
        String second = PoolExamples.emailPool(pool.cognito());
        String third = PoolExamples.emailPool(pool.cognito());

        var page1 = pool.cognito().listUserPools(request -> request.maxResults(2));
        var page2 = pool.cognito().listUserPools(request -> request.maxResults(2).nextToken(page1.nextToken()));

        assertThat(page1.userPools()).extracting(p -> p.id()).containsExactly(first, second);
        assertThat(page2.userPools()).extracting(p -> p.id()).containsExactly(third);
        assertThat(page2.nextToken()).isNull();
    }

    @Test
    void listUserPoolsWhenMaxResultsAboveSixtyThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().listUserPools(request -> request.maxResults(61)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Member must have value less than or equal to 60");
    }

    @Test
    void listUserPoolsWhenTokenIsForeignThenInvalidParameter() {
        assertThatThrownBy(() -> pool.cognito().listUserPools(request -> request.maxResults(2).nextToken("bm9wZQ")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid pagination token");
    }
}
