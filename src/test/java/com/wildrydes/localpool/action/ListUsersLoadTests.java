package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.action.rules.PageToken;
import com.wildrydes.localpool.user.StoredPassword;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * ListUsers over a pool of 100,000 users: pages come from the store's order, never from a sort of the pool.
 * Correctness at scale only; latency with 100k users is the benchmark's {@code pool_100k_latency_ratio}.
 */
class ListUsersLoadTests {

    static final int USERS = 100_000;
    static final int BATCH = 10_000;
    // tiny, to keep the journal small: ListUsers never looks at it
    private static final StoredPassword ANY_VERIFIER = new StoredPassword("5a", "c3");

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void listUsersWhenAHundredThousandUsersThenDeepPagesAndFullScanFiltersAnswerCorrectly() {
        String poolId = PoolExamples.usernamePool(pool.cognito());
        addUsers(poolId);

        ListUsersResponse deep = list(poolId, PageToken.after("user-050000"), null);
        ListUsersResponse last = list(poolId, null, "email = \"USER99999@example.com\"");
        ListUsersResponse none = list(poolId, null, "name ^= \"nobody\"");

        assertThat(deep.users()).hasSize(60).first().extracting(UserType::username).isEqualTo("user-050001");
        assertThat(deep.paginationToken()).isNotNull();
        assertThat(last.users()).extracting(UserType::username).containsExactly("user-099999");
        assertThat(none.users()).isEmpty();
        assertThat(none.paginationToken()).isNull();
    }

    private ListUsersResponse list(String poolId, String token, String filter) {
        return pool.cognito().listUsers(request -> request.userPoolId(poolId).paginationToken(token).filter(filter));
    }

    /** Straight into the store: through the API each user would cost an SRP verifier. */
    private void addUsers(String poolId) {
        for (int batch = 0; batch < USERS / BATCH; batch++) {
            int first = batch * BATCH;
            pool.store().write(tx -> {
                for (int i = first; i < first + BATCH; i++) {
                    String username = String.format("user-%06d", i);
                    tx.save(new StoredUser(poolId, username, "sub-" + i,
                            Map.of("email", "user" + i + "@example.com", "email_verified", "true"), ANY_VERIFIER,
                            UserStatus.CONFIRMED, true, LocalPoolFixture.START, LocalPoolFixture.START, null, null));
                }
                return null;
            });
        }
    }
}
