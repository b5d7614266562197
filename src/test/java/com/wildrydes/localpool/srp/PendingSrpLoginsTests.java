package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.MutableClock;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PendingSrpLoginsTests {

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    private final PendingSrpLogins logins = new PendingSrpLogins(new SecureRandom(), clock);

    @Test
    void whenSecretBlockIsTakenThenTheLoginComesBackOnce() {
        PendingSrpLogin login = aLogin("rider");
        String secretBlock = logins.open(login);

        assertThat(logins.take(secretBlock)).contains(login);
        assertThat(logins.take(secretBlock)).isEmpty();
    }

    @Test
    void whenSecretBlockIsUnknownOrMissingThenNothingIsTaken() {
        logins.open(aLogin("rider"));

        assertThat(logins.take("bm90IGEgYmxvY2s=")).isEmpty();
        assertThat(logins.take(null)).isEmpty();
    }

    @Test
    void whenFiveMinutesHavePassedThenSecretBlockHasExpired() {
        String early = logins.open(aLogin("early"));
        String late = logins.open(aLogin("late"));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(logins.take(early)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(logins.take(late)).isEmpty();
    }

    @Test
    void whenOpenedThenSecretBlockIsRandomBase64OfAtLeast64Bytes() {
        String first = logins.open(aLogin("rider"));
        String second = logins.open(aLogin("rider"));

        assertThat(Base64.getDecoder().decode(first)).hasSizeGreaterThanOrEqualTo(64);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void whenOpeningAfterExpiryThenExpiredLoginsArePurged() {
        logins.open(aLogin("first"));
        logins.open(aLogin("second"));
        clock.advance(Duration.ofMinutes(6));

        logins.open(aLogin("third"));

        assertThat(logins.size()).isEqualTo(1);
    }

    @Test
    void whenCapacityIsReachedThenTheOldestLoginIsDropped() {
        PendingSrpLogins small = new PendingSrpLogins(new SecureRandom(), clock, Duration.ofMinutes(5), 2);
        String oldest = small.open(aLogin("first"));
        String middle = small.open(aLogin("second"));
        String newest = small.open(aLogin("third"));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.take(oldest)).isEmpty();
        assertThat(small.take(middle)).isPresent();
        assertThat(small.take(newest)).isPresent();
    }

    @Test
    void whenManyThreadsTakeTheSameSecretBlockThenOnlyOneGetsIt() throws Exception {
        String secretBlock = logins.open(aLogin("rider"));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<PendingSrpLogin>>> takers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                takers.add(() -> logins.take(secretBlock));
            }
            long winners = 0;
            for (Future<Optional<PendingSrpLogin>> result : threads.invokeAll(takers)) {
                winners += result.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void toStringLeavesOutSessionAndServerSecret() {
        PendingSrpLogin login = aLogin("rider");

        assertThat(login.toString()).contains("rider").doesNotContain("session-token-value")
                .doesNotContain(login.challenge().b().toString(16));
    }

    private static PendingSrpLogin aLogin(String username) {
        SrpChallenge challenge = new SrpChallenge(new BigInteger("c0ffee0123456789", 16), "b0b", "5a17", "a11ce");
        return new PendingSrpLogin("ap-northeast-2_AbC123xYz", "client-id-26-characters-xx", username, challenge,
                "session-token-value");
    }
}
